package org.clusteratlas.news.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clusteratlas.news.PostStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NewsPosts extends JpaRepository<NewsPost, UUID> {

    Optional<NewsPost> findByNetworkIdAndSlug(UUID networkId, String slug);

    boolean existsByNetworkIdAndSlug(UUID networkId, String slug);

    /** Newest first; the id breaks ties so that paging never shows a post twice or skips one. */
    Page<NewsPost> findByNetworkIdAndStatusOrderByPublishedAtDescIdDesc(
            UUID networkId, PostStatus status, Pageable pageable);

    List<NewsPost> findByNetworkIdOrderByCreatedAtDescIdDesc(UUID networkId);

    /** What the sitemap needs, without loading the texts. */
    @Query("select new org.clusteratlas.news.internal.PostAddress(p.networkId, p.slug, p.updatedAt) "
            + "from NewsPost p where p.status = :status order by p.publishedAt desc, p.id desc")
    List<PostAddress> findAddressesByStatus(PostStatus status, Pageable pageable);

    @Query("select distinct p.networkId from NewsPost p where p.status = :status")
    List<UUID> findNetworkIdsByStatus(PostStatus status);
}
