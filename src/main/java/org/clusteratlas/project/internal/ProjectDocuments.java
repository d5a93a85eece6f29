package org.clusteratlas.project.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectDocuments extends JpaRepository<ProjectDocument, UUID> {

    List<ProjectDocument> findByProjectIdOrderByUploadedAt(UUID projectId);

    Optional<ProjectDocument> findByIdAndProjectId(UUID id, UUID projectId);
}
