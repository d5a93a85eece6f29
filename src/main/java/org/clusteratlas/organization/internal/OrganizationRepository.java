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

    @org.springframework.data.jpa.repository.Query(
            "select o from Organization o join o.contacts c where c.id = :contactId")
    java.util.Optional<Organization> findByContactId(
            @org.springframework.data.repository.query.Param("contactId") UUID contactId);

    Optional<Organization> findByExternalId(String externalId);

    Optional<Organization> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** The organizations with these external ids: one query for a chunk of an import instead of one per line. */
    List<Organization> findByExternalIdIn(Collection<String> externalIds);

    /** The organizations of a network, with their contacts (the duplicate finder compares names, places, addresses). */
    @Query("select distinct o from Organization o left join fetch o.contacts where :networkId member of o.networkIds")
    List<Organization> findInNetwork(@Param("networkId") UUID networkId);

    /** The slugs that start with the prefix (slugs hold no LIKE wildcards). */
    @Query("select o.slug from Organization o where o.slug like concat(:prefix, '%')")
    List<String> findSlugsStartingWith(@Param("prefix") String prefix);

    /** Which of these slugs are taken. */
    @Query("select o.slug from Organization o where o.slug in :slugs")
    List<String> findTakenSlugs(@Param("slugs") Collection<String> slugs);

    /** Located organizations without a federal state (written before V10 recorded it), by id after a cursor. */
    List<Organization> findTop500ByGeocodeStatusAndFederalStateIsNullAndIdGreaterThanOrderById(
            org.clusteratlas.organization.GeocodeStatus status, UUID after);

    @Query("select n, count(o) from Organization o join o.networkIds n group by n")
    List<Object[]> countByNetwork();

    /**
     * A page of the organizations the viewer may see: published public ones, published members-only ones of the
     * viewer's (federated) networks, every one of the networks the viewer's office runs, and those the viewer edits.
     * Visibility is decided in the query so that paging and totals are right.
     */
    @Query("""
            select o from Organization o
            where (:networkFilter = false
                   or exists (select 1 from Organization f join f.networkIds fn where f = o and fn in :networkIds))
              and (:text = '' or lower(o.name) like :text or lower(o.address.city) like :text)
              and (:admin = true
                   or o.id in :editable
                   or exists (select 1 from Organization s join s.networkIds sn
                              where s = o and sn in :managedNetworks)
                   or (o.status = org.clusteratlas.organization.ProfileStatus.PUBLISHED
                       and (o.visibility = org.clusteratlas.organization.Visibility.PUBLIC
                            or (o.visibility = org.clusteratlas.organization.Visibility.MEMBERS
                                and exists (select 1 from Organization m join m.networkIds mn
                                            where m = o
                                              and (mn in :ownNetworks
                                                   or (o.federationShared = true and mn in :memberNetworks)))))))
            order by lower(o.name)
            """)
    Page<Organization> findVisible(
            @Param("networkFilter") boolean networkFilter,
            @Param("networkIds") Collection<UUID> networkIds,
            @Param("text") String likeText,
            @Param("admin") boolean admin,
            @Param("memberNetworks") Collection<UUID> memberNetworks,
            @Param("ownNetworks") Collection<UUID> ownNetworks,
            @Param("managedNetworks") Collection<UUID> managedNetworks,
            @Param("editable") Collection<UUID> editable,
            Pageable pageable);

    /** Organizations with a geocoding problem in the given networks (all networks for platform admins). */
    @Query("""
            select distinct o from Organization o join o.networkIds n
            where o.geocodeStatus = :status and (:admin = true or n in :networkIds)
            order by o.name
            """)
    List<Organization> findByGeocodeStatus(
            @Param("status") org.clusteratlas.organization.GeocodeStatus status,
            @Param("admin") boolean admin,
            @Param("networkIds") Collection<UUID> networkIds);

    /** The least complete profiles of the given networks (all networks for platform admins). */
    @Query("""
            select distinct o from Organization o join o.networkIds n
            where (:admin = true or n in :networkIds)
            order by o.completeness, o.name
            """)
    List<Organization> findWeakest(
            @Param("admin") boolean admin, @Param("networkIds") Collection<UUID> networkIds, Pageable pageable);

    /** Profiles not changed since the cutoff whose editors have not been reminded since their last change. */
    @Query("""
            select o from Organization o
            where o.updatedAt < :cutoff and (o.remindedAt is null or o.remindedAt < o.updatedAt)
            order by o.updatedAt
            """)
    List<Organization> findStale(@Param("cutoff") java.time.Instant cutoff, Pageable pageable);

    /** Addresses of the profiles anyone may see, for the sitemap: published and public, in a stable order. */
    @Query("""
            select new org.clusteratlas.organization.PublicProfile(o.slug, o.updatedAt) from Organization o
            where o.status = org.clusteratlas.organization.ProfileStatus.PUBLISHED
              and o.visibility = org.clusteratlas.organization.Visibility.PUBLIC
            order by o.slug
            """)
    List<org.clusteratlas.organization.PublicProfile> findPublicProfiles(Pageable pageable);

    @Query("""
            select count(o) from Organization o
            where o.status = org.clusteratlas.organization.ProfileStatus.PUBLISHED
              and o.visibility = org.clusteratlas.organization.Visibility.PUBLIC
            """)
    long countPublicProfiles();
}
