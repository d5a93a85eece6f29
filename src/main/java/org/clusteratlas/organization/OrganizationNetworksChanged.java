package org.clusteratlas.organization;

import java.util.Set;
import java.util.UUID;

/**
 * An organization joined or left networks: by a profile change of the office, an import, or a membership decision.
 * Published inside the transaction that makes the change (after the organization is stored), so a listener's writes
 * are stored with it or not at all.
 *
 * @param created whether the organization was created by this change (then nothing refers to it yet)
 */
public record OrganizationNetworksChanged(
        UUID organizationId, OrganizationKind kind, boolean created, Set<UUID> joined, Set<UUID> left) {

    public OrganizationNetworksChanged {
        joined = Set.copyOf(joined);
        left = Set.copyOf(left);
    }
}
