package org.clusteratlas.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/**
 * An editor's change to a published profile, waiting for the network office. One per organization: a newer
 * submission replaces the older one, so the office always reviews the latest wish.
 */
@Entity
@Table(name = "organization_pending_change")
public class PendingChange extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, unique = true)
    private UUID organizationId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private UUID submittedBy;

    @Column(name = "submitted_by_name", length = 120)
    private String submittedByName;

    @Column(nullable = false, length = 200000)
    private String payload;

    protected PendingChange() {}

    public PendingChange(UUID organizationId) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
    }

    public void submit(UUID by, String byName, String payload) {
        this.submittedAt = Instant.now();
        this.submittedBy = by;
        this.submittedByName = byName;
        this.payload = payload;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public UUID getSubmittedBy() {
        return submittedBy;
    }

    public String getSubmittedByName() {
        return submittedByName;
    }

    public String getPayload() {
        return payload;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
