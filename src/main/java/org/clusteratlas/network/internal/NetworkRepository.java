package org.clusteratlas.network.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkRepository extends JpaRepository<Network, UUID> {

    Optional<Network> findBySlug(String slug);

    List<Network> findBySlugIn(java.util.Collection<String> slugs);

    boolean existsBySlug(String slug);

    List<Network> findAllByOrderBySlugAsc();
}
