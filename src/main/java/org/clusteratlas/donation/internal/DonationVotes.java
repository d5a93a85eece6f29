package org.clusteratlas.donation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DonationVotes extends JpaRepository<DonationVote, UUID> {

    List<DonationVote> findByNetworkIdAndYear(UUID networkId, int year);

    Optional<DonationVote> findByNetworkIdAndYearAndAccountId(UUID networkId, int year, UUID accountId);
}
