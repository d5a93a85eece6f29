package org.clusteratlas.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PendingChanges extends JpaRepository<PendingChange, UUID> {

    Optional<PendingChange> findByOrganizationId(UUID organizationId);

    @Query("""
            select p from PendingChange p where :admin = true or exists (
              select 1 from Organization o join o.networkIds n where o.id = p.organizationId and n in :networkIds)
            order by p.submittedAt
            """)
    List<PendingChange> findForOffice(@Param("admin") boolean admin, @Param("networkIds") Collection<UUID> networkIds);
}
