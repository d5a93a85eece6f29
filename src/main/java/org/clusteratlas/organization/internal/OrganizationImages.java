package org.clusteratlas.organization.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationImages extends JpaRepository<OrganizationImage, UUID> {

    List<OrganizationImage> findByOrganizationIdOrderByCreatedAt(UUID organizationId);

    long countByOrganizationId(UUID organizationId);
}
