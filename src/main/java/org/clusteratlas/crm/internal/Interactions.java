package org.clusteratlas.crm.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Interactions extends JpaRepository<Interaction, UUID> {

    List<Interaction> findByNetworkIdAndOrganizationIdOrderByOccurredAtDesc(
            UUID networkId, UUID organizationId, Pageable page);

    List<Interaction> findByNetworkIdOrderByOccurredAtDesc(UUID networkId, Pageable page);
}
