package org.clusteratlas.jobs.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobReports extends JpaRepository<JobReport, UUID> {

    List<JobReport> findByPostingIdInAndResolvedAtIsNullOrderByCreatedAt(Collection<UUID> postingIds);

    List<JobReport> findByPostingIdAndResolvedAtIsNull(UUID postingId);
}
