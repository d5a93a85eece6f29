package org.clusteratlas.billing.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SepaMandateRepository extends JpaRepository<SepaMandate, UUID> {

    List<SepaMandate> findByNetworkIdOrderByReference(UUID networkId);

    boolean existsByNetworkIdAndReference(UUID networkId, String reference);
}
