package org.clusteratlas.jobs.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clusteratlas.jobs.PostingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JobPostings extends JpaRepository<JobPosting, UUID> {

    Optional<JobPosting> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<JobPosting> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

    List<JobPosting> findByStatusAndValidThroughBefore(PostingStatus status, LocalDate day);

    @Query("select p from JobPosting p where p.status = :status and p.validThrough <= :day and p.remindedAt is null")
    List<JobPosting> dueForReminder(PostingStatus status, LocalDate day);

    /** The organizations with postings shown to the public (published, not past their day). */
    @Query("select distinct p.organizationId from JobPosting p where p.status = :status and p.validThrough >= :day")
    List<UUID> organizationsWithOpenPostings(PostingStatus status, LocalDate day);

    @Query("select distinct p from JobPosting p join p.networkIds n where n in :networks order by p.createdAt desc")
    List<JobPosting> findByNetworks(Collection<UUID> networks);
}
