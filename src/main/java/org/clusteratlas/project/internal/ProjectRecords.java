package org.clusteratlas.project.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRecords extends JpaRepository<Project, UUID> {

    List<Project> findByNetworkId(UUID networkId);

    Optional<Project> findByNetworkIdAndSlug(UUID networkId, String slug);

    boolean existsByNetworkIdAndSlug(UUID networkId, String slug);
}
