package org.clusteratlas.crm.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Interactions extends JpaRepository<Interaction, UUID> {

    List<Interaction> findByNetworkIdAndOrganizationIdOrderByOccurredAtDesc(
            UUID networkId, UUID organizationId, Pageable page);

    List<Interaction> findByNetworkIdOrderByOccurredAtDesc(UUID networkId, Pageable page);

    /** Per organization, when the network's office last dealt with it. */
    @org.springframework.data.jpa.repository.Query("""
            select i.organizationId, max(i.occurredAt) from Interaction i
            where i.networkId = :networkId group by i.organizationId
            """)
    List<Object[]> lastContacts(@org.springframework.data.repository.query.Param("networkId") UUID networkId);
}
