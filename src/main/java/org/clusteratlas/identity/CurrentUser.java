package org.clusteratlas.identity;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The person behind the current request, with their rights as they are in the database now (never a stale copy from
 * the session). Anonymous visitors are {@link #ANONYMOUS}: never null.
 *
 * @param id the account id, null for anonymous visitors
 * @param networkRoles the networks the person belongs to, and in which role
 * @param editableOrganizations organizations whose profile the person edits
 */
public record CurrentUser(
        UUID id,
        String email,
        String displayName,
        boolean platformAdmin,
        Map<UUID, NetworkRole> networkRoles,
        Set<UUID> editableOrganizations) {

    public static final CurrentUser ANONYMOUS = new CurrentUser(null, null, null, false, Map.of(), Set.of());

    public CurrentUser {
        networkRoles = Map.copyOf(networkRoles);
        editableOrganizations = Set.copyOf(editableOrganizations);
    }

    public boolean isAnonymous() {
        return id == null;
    }

    /** True for the network's office and for platform admins. */
    public boolean managesNetwork(UUID networkId) {
        return platformAdmin || networkRoles.get(networkId) == NetworkRole.MANAGER;
    }

    /** True for members and the office of the network (managers are members too). */
    public boolean belongsToNetwork(UUID networkId) {
        return networkRoles.containsKey(networkId);
    }

    /** True when the person manages at least one network (or is platform admin). */
    public boolean managesAnyNetwork() {
        return platformAdmin || networkRoles.containsValue(NetworkRole.MANAGER);
    }

    public boolean editsOrganization(UUID organizationId) {
        return platformAdmin || editableOrganizations.contains(organizationId);
    }

    public Set<UUID> networkIds() {
        return networkRoles.keySet();
    }
}
