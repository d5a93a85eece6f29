package org.clusteratlas.organization;

import java.util.List;
import java.util.UUID;

/**
 * What merging a duplicate into an organization would do: the survivor's profile afterwards, and what comes from the
 * duplicate.
 */
public record MergePreview(
        UUID survivorId,
        String survivorName,
        UUID duplicateId,
        String duplicateName,
        OrganizationData merged,
        List<String> networksAdded,
        List<String> competencesAdded,
        List<String> contactsAdded,
        List<String> fieldsFilled) {

    public MergePreview {
        networksAdded = List.copyOf(networksAdded);
        competencesAdded = List.copyOf(competencesAdded);
        contactsAdded = List.copyOf(contactsAdded);
        fieldsFilled = List.copyOf(fieldsFilled);
    }
}
