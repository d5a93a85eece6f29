package org.clusteratlas.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccounts extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmail(String normalizedEmail);

    List<UserAccount> findAllByOrderByDisplayNameAsc();
}
