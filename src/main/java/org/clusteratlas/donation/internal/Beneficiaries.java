package org.clusteratlas.donation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Beneficiaries extends JpaRepository<Beneficiary, UUID> {

    List<Beneficiary> findByNetworkIdOrderByName(UUID networkId);
}
