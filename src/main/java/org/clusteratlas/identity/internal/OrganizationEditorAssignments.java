package org.clusteratlas.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationEditorAssignments extends JpaRepository<OrganizationEditorAssignment, UUID> {

    List<OrganizationEditorAssignment> findByUserId(UUID userId);

    List<OrganizationEditorAssignment> findByOrganizationId(UUID organizationId);

    Optional<OrganizationEditorAssignment> findByUserIdAndOrganizationId(UUID userId, UUID organizationId);
}
