package org.clusteratlas.organization.search;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchAlerts extends JpaRepository<SearchAlert, UUID> {

    List<SearchAlert> findByAccountIdOrderByCreatedAt(UUID accountId);

    long countByAccountId(UUID accountId);

    /** Alerts due for a digest, oldest check first, a batch at a time. */
    @Query("select a from SearchAlert a where a.lastCheckedAt < :before order by a.lastCheckedAt, a.id")
    List<SearchAlert> findDue(java.time.Instant before, Pageable page);
}
