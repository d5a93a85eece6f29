package org.clusteratlas.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SecurityEvents extends JpaRepository<SecurityEvent, UUID> {

    Page<SecurityEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);

    Page<SecurityEvent> findByKindOrderByOccurredAtDesc(SecurityEvent.Kind kind, Pageable pageable);

    @Modifying
    @Query("delete from SecurityEvent e where e.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
