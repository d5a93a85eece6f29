package org.clusteratlas.jobs.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/** Somebody's report that a posting is abusive; open until the office handles it. */
@Entity
@Table(name = "job_report")
public class JobReport extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "posting_id", nullable = false)
    private UUID postingId;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected JobReport() {}

    public JobReport(UUID postingId, String reason, Instant now) {
        this.id = UUID.randomUUID();
        this.postingId = postingId;
        this.reason = reason;
        this.createdAt = now;
    }

    public void resolve(Instant now) {
        resolvedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getPostingId() {
        return postingId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
