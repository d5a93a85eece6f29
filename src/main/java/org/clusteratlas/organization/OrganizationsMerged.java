package org.clusteratlas.organization;

import java.util.Map;
import java.util.UUID;

/**
 * A duplicate was merged into the organization that stays. Published inside the merging transaction, before the
 * duplicate is deleted and before the surviving organization takes over its networks: listeners move what refers to
 * the duplicate (records, tags, memberships) to the survivor, or it would be deleted with it.
 *
 * @param contacts each contact entry of the duplicate and the survivor's entry that now stands for the same person
 */
public record OrganizationsMerged(UUID survivorId, UUID duplicateId, Map<UUID, UUID> contacts) {

    public OrganizationsMerged {
        contacts = Map.copyOf(contacts);
    }
}
