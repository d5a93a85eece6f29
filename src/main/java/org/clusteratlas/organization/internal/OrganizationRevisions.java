package org.clusteratlas.organization.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRevisions extends JpaRepository<OrganizationRevision, UUID> {

    List<OrganizationRevision> findTop50ByOrganizationIdOrderByChangedAtDesc(UUID organizationId);

    /** A merged organization's history becomes the surviving one's. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "update OrganizationRevision r set r.organizationId = :to where r.organizationId = :from")
    int moveHistory(
            @org.springframework.data.repository.query.Param("from") UUID from,
            @org.springframework.data.repository.query.Param("to") UUID to);
}
