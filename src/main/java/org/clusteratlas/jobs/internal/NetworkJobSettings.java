package org.clusteratlas.jobs.internal;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NetworkJobSettings extends JpaRepository<NetworkJobSetting, UUID> {

    @Query("select count(s) > 0 from NetworkJobSetting s where s.networkId in :networks and s.approvalRequired = true")
    boolean anyRequiresApproval(Collection<UUID> networks);
}
