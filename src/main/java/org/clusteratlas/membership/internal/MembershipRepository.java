package org.clusteratlas.membership.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clusteratlas.membership.MembershipStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

    Optional<Membership> findByNetworkIdAndOrganizationId(UUID networkId, UUID organizationId);

    List<Membership> findByOrganizationId(UUID organizationId);

    @Query("""
            select m from Membership m
            where m.networkId = :networkId and (:status is null or m.status = :status)
              and (:type is null or m.type = :type)
            """)
    List<Membership> find(
            @Param("networkId") UUID networkId, @Param("status") MembershipStatus status, @Param("type") String type);

    boolean existsByNetworkIdAndTypeIn(UUID networkId, Collection<String> types);

    /** Members per status and type, for the office's dashboard. */
    @Query(
            "select m.status, m.type, count(m) from Membership m where m.networkId = :networkId group by m.status, m.type")
    List<Object[]> countByStatusAndType(@Param("networkId") UUID networkId);
}
