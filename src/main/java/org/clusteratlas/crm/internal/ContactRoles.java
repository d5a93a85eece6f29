package org.clusteratlas.crm.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.crm.NetworkRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The network roles of contact persons, per network. */
@Component
public class ContactRoles {

    private final JdbcTemplate jdbc;

    ContactRoles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, Set<NetworkRole>> of(UUID networkId) {
        Map<UUID, Set<NetworkRole>> roles = new HashMap<>();
        jdbc.query(
                "select contact_id, role from crm_contact_role where network_id = ?",
                rs -> {
                    roles.computeIfAbsent(rs.getObject(1, UUID.class), c -> EnumSet.noneOf(NetworkRole.class))
                            .add(NetworkRole.valueOf(rs.getString(2)));
                },
                networkId);
        return roles;
    }

    /** Replaces the roles held through these contact entries (one person's entries) with {@code roles}. */
    public void replace(UUID networkId, Collection<UUID> contactIds, UUID holder, Set<NetworkRole> roles) {
        for (UUID contactId : contactIds) {
            jdbc.update("delete from crm_contact_role where network_id = ? and contact_id = ?", networkId, contactId);
        }
        for (NetworkRole role : roles) {
            jdbc.update(
                    "insert into crm_contact_role (network_id, contact_id, role) values (?, ?, ?)",
                    networkId,
                    holder,
                    role.name());
        }
    }

    public List<UUID> holders(UUID networkId, NetworkRole role) {
        return jdbc.queryForList(
                "select contact_id from crm_contact_role where network_id = ? and role = ?",
                UUID.class,
                networkId,
                role.name());
    }
}
