package org.clusteratlas.network.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FederationRepository extends JpaRepository<Federation, UUID> {

    Optional<Federation> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Federation> findAllByOrderBySlugAsc();
}
