package org.clusteratlas.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokens extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(UUID userId);

    List<ApiToken> findByUserIdAndNameAndRevokedAtIsNull(UUID userId, String name);
}
