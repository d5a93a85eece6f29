package org.clusteratlas.jobs.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobApplications extends JpaRepository<JobApplication, UUID> {

    List<JobApplication> findByPostingIdInOrderByCreatedAtDesc(Collection<UUID> postingIds);

    List<JobApplication> findByCreatedAtBefore(Instant cutoff, Pageable page);

    long countByPostingId(UUID postingId);
}
