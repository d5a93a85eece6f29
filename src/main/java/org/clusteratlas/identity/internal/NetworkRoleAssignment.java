package org.clusteratlas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.clusteratlas.identity.NetworkRole;
import org.clusteratlas.shared.AssignedIdEntity;

@Entity
@Table(name = "network_role_assignment")
public class NetworkRoleAssignment extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NetworkRole role;

    protected NetworkRoleAssignment() {}

    public NetworkRoleAssignment(UUID userId, UUID networkId, NetworkRole role) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.networkId = networkId;
        this.role = role;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public NetworkRole getRole() {
        return role;
    }

    public void setRole(NetworkRole role) {
        this.role = role;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
