package org.clusteratlas.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountTokens extends JpaRepository<AccountToken, UUID> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

    List<AccountToken> findByUserIdAndPurposeAndUsedAtIsNull(UUID userId, AccountToken.Purpose purpose);
}
