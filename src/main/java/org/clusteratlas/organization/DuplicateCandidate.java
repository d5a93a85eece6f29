package org.clusteratlas.organization;

import java.util.List;

/**
 * Two organizations of a network that are probably the same.
 *
 * @param score 0–100, how sure the finder is
 * @param reasons what they share: similar name, same postal code, website, e-mail address of a contact person
 */
public record DuplicateCandidate(
        OrganizationListItem first, OrganizationListItem second, int score, List<DuplicateReason> reasons) {

    public DuplicateCandidate {
        reasons = List.copyOf(reasons);
    }
}
