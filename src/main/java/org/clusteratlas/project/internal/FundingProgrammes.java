package org.clusteratlas.project.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FundingProgrammes extends JpaRepository<FundingProgramme, UUID> {

    /** The network's own programmes and the platform-wide ones. */
    @Query("select p from FundingProgramme p where p.networkId = :networkId or p.networkId is null order by p.nameDe")
    List<FundingProgramme> availableTo(@Param("networkId") UUID networkId);
}
