package org.clusteratlas.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository extends JpaRepository<Organization, UUID> {

    Optional<Organization> findByExternalId(String externalId);

    Optional<Organization> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select n, count(o) from Organization o join o.networkIds n group by n")
    List<Object[]> countByNetwork();

    /**
     * A page of the organizations the viewer may see: public ones, members-only ones of the viewer's (federated)
     * networks, office-only ones of the networks the viewer manages, and those the viewer edits. Visibility is decided
     * in the query so that paging and totals are right.
     */
    @Query("""
            select o from Organization o
            where (:networkFilter = false
                   or exists (select 1 from Organization f join f.networkIds fn where f = o and fn in :networkIds))
              and (:text = '' or lower(o.name) like :text or lower(o.address.city) like :text)
              and (:admin = true
                   or o.visibility = org.clusteratlas.organization.Visibility.PUBLIC
                   or (o.visibility = org.clusteratlas.organization.Visibility.MEMBERS
                       and exists (select 1 from Organization m join m.networkIds mn
                                   where m = o and mn in :memberNetworks))
                   or (o.visibility = org.clusteratlas.organization.Visibility.NETWORK_OFFICE
                       and exists (select 1 from Organization s join s.networkIds sn
                                   where s = o and sn in :managedNetworks))
                   or o.id in :editable)
            order by lower(o.name)
            """)
    Page<Organization> findVisible(
            @Param("networkFilter") boolean networkFilter,
            @Param("networkIds") Collection<UUID> networkIds,
            @Param("text") String likeText,
            @Param("admin") boolean admin,
            @Param("memberNetworks") Collection<UUID> memberNetworks,
            @Param("managedNetworks") Collection<UUID> managedNetworks,
            @Param("editable") Collection<UUID> editable,
            Pageable pageable);
}
