package org.clusteratlas.jobs.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobAlerts extends JpaRepository<JobAlert, UUID> {

    Optional<JobAlert> findByToken(String token);

    List<JobAlert> findByConfirmedAtIsNotNull();

    long countByEmailIgnoreCase(String email);
}
