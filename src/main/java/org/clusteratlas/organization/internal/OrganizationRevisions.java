package org.clusteratlas.organization.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRevisions extends JpaRepository<OrganizationRevision, UUID> {

    List<OrganizationRevision> findTop50ByOrganizationIdOrderByChangedAtDesc(UUID organizationId);
}
