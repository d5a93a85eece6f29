package org.clusteratlas.donation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DonationPayouts extends JpaRepository<DonationPayout, UUID> {

    List<DonationPayout> findByNetworkIdOrderByPaidOn(UUID networkId);

    boolean existsByBeneficiaryId(UUID beneficiaryId);
}
