package org.clusteratlas.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.organization.RevisionAction;
import org.clusteratlas.shared.AssignedIdEntity;

/** One entry of a profile's history: who did what when, and which fields changed. */
@Entity
@Table(name = "organization_revision")
public class OrganizationRevision extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by")
    private UUID changedBy;

    @Column(name = "changed_by_name", length = 120)
    private String changedByName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionAction action;

    @Column(name = "changed_fields", length = 2000)
    private String changedFields;

    /** Per changed field its value before and after, as JSON: {"field": {"before": …, "after": …}}. */
    @Column(name = "changes", length = 1_000_000)
    private String changes;

    protected OrganizationRevision() {}

    public OrganizationRevision(
            UUID organizationId, UUID changedBy, String changedByName, RevisionAction action, String changedFields) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.changedAt = Instant.now();
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.action = action;
        this.changedFields = changedFields == null || changedFields.length() <= 2000
                ? changedFields
                : changedFields.substring(0, 2000);
    }

    public OrganizationRevision(
            UUID organizationId,
            UUID changedBy,
            String changedByName,
            RevisionAction action,
            String changedFields,
            String changes) {
        this(organizationId, changedBy, changedByName, action, changedFields);
        this.changes = changes;
    }

    public String getChanges() {
        return changes;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedByName() {
        return changedByName;
    }

    public RevisionAction getAction() {
        return action;
    }

    public String getChangedFields() {
        return changedFields;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
