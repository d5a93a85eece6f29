package org.clusteratlas.billing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeeDiscountRepository extends JpaRepository<FeeDiscount, UUID> {

    Optional<FeeDiscount> findByNetworkIdAndOrganizationId(UUID networkId, UUID organizationId);

    List<FeeDiscount> findByNetworkId(UUID networkId);
}
