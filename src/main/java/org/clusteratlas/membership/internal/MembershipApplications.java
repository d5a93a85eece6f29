package org.clusteratlas.membership.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clusteratlas.membership.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipApplications extends JpaRepository<MembershipApplication, UUID> {

    List<MembershipApplication> findByNetworkId(UUID networkId);

    Optional<MembershipApplication> findByIdAndNetworkId(UUID id, UUID networkId);

    long countByNetworkIdAndStatus(UUID networkId, ApplicationStatus status);

    /** Email and organization name compared without regard to case: the same applicant typing again. */
    @Query("""
            select count(a) > 0 from MembershipApplication a
            where a.networkId = :networkId and a.status = org.clusteratlas.membership.ApplicationStatus.PENDING
              and lower(a.email) = :email and lower(a.organizationName) = :name
            """)
    boolean existsPending(@Param("networkId") UUID networkId, @Param("email") String email, @Param("name") String name);
}
