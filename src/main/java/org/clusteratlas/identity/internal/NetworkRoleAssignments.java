package org.clusteratlas.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkRoleAssignments extends JpaRepository<NetworkRoleAssignment, UUID> {

    List<NetworkRoleAssignment> findByUserId(UUID userId);

    List<NetworkRoleAssignment> findByNetworkId(UUID networkId);

    Optional<NetworkRoleAssignment> findByUserIdAndNetworkId(UUID userId, UUID networkId);
}
