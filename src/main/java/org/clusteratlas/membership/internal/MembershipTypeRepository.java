package org.clusteratlas.membership.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipTypeRepository extends JpaRepository<MembershipTypeEntry, MembershipTypeEntry.Key> {

    @Query("select t from MembershipTypeEntry t where t.key.networkId = :networkId order by t.sortOrder")
    List<MembershipTypeEntry> findByNetwork(@Param("networkId") UUID networkId);

    @Modifying
    @Query("delete from MembershipTypeEntry t where t.key.networkId = :networkId")
    void deleteByNetwork(@Param("networkId") UUID networkId);
}
