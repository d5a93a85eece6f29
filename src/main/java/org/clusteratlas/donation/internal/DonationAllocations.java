package org.clusteratlas.donation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DonationAllocations extends JpaRepository<DonationAllocation, UUID> {

    List<DonationAllocation> findByNetworkIdAndYear(UUID networkId, int year);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from DonationAllocation a where a.networkId = :networkId and a.year = :year")
    void deleteYear(UUID networkId, int year);
}
