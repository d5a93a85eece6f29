package org.clusteratlas.taxonomy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A competence typed by somebody that no concept label matches: material for growing the scheme. */
@Entity
@Table(name = "taxonomy_unmapped_term")
public class UnmappedTerm {

    @Id
    @Column(name = "normalized", length = 200)
    private String normalized;

    @Column(nullable = false, length = 200)
    private String term;

    @Column(name = "times_seen", nullable = false)
    private int timesSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected UnmappedTerm() {}

    public UnmappedTerm(String normalized, String term) {
        this.normalized = normalized;
        this.term = term;
        this.lastSeen = Instant.now();
    }

    public void seen() {
        timesSeen++;
        lastSeen = Instant.now();
    }

    public String getNormalized() {
        return normalized;
    }

    public String getTerm() {
        return term;
    }

    public int getTimesSeen() {
        return timesSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }
}
