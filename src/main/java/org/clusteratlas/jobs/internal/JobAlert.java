package org.clusteratlas.jobs.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/**
 * A saved job search mailed as a digest to an address. It mails nothing until the address's owner confirmed it
 * (double opt-in); the token in every mail unsubscribes with one click.
 */
@Entity
@Table(name = "job_alert")
public class JobAlert extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 2000)
    private String query;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_checked_at", nullable = false)
    private Instant lastCheckedAt;

    @Version
    private long version;

    protected JobAlert() {}

    public JobAlert(String email, String query, String language, String token, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.query = query;
        this.language = language;
        this.token = token;
        this.createdAt = now;
        this.lastCheckedAt = now;
    }

    public void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
            // Only what is new after the confirmation is news to the subscriber.
            lastCheckedAt = now;
        }
    }

    public void checked(Instant now) {
        lastCheckedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getQuery() {
        return query;
    }

    public String getLanguage() {
        return language;
    }

    public String getToken() {
        return token;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getLastCheckedAt() {
        return lastCheckedAt;
    }
}
