package org.clusteratlas.donation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DonationIncomes extends JpaRepository<DonationIncome, UUID> {

    List<DonationIncome> findByNetworkId(UUID networkId);
}
