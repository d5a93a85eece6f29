package org.clusteratlas.crm.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CrmTags extends JpaRepository<CrmTag, UUID> {

    @Query(
            "select distinct t from CrmTag t left join fetch t.organizationIds where t.networkId = :networkId order by t.name")
    List<CrmTag> findByNetwork(@Param("networkId") UUID networkId);

    Optional<CrmTag> findByNetworkIdAndNameKey(UUID networkId, String nameKey);
}
