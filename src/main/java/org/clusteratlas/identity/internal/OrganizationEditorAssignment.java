package org.clusteratlas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

@Entity
@Table(name = "organization_editor_assignment")
public class OrganizationEditorAssignment extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    protected OrganizationEditorAssignment() {}

    public OrganizationEditorAssignment(UUID userId, UUID organizationId) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.organizationId = organizationId;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
