package org.clusteratlas.membership.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationDocuments extends JpaRepository<ApplicationDocument, UUID> {

    List<ApplicationDocument> findByApplicationIdOrderByUploadedAt(UUID applicationId);

    Optional<ApplicationDocument> findByIdAndApplicationId(UUID id, UUID applicationId);
}
