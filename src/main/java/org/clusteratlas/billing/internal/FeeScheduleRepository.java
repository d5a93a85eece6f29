package org.clusteratlas.billing.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeeScheduleRepository extends JpaRepository<FeeSchedule, UUID> {

    List<FeeSchedule> findByNetworkIdOrderByValidFrom(UUID networkId);
}
