package org.clusteratlas.membership;

import java.util.UUID;
import org.clusteratlas.organization.OrganizationKind;

/**
 * The office admitted an organization: its draft profile exists and the applicant edits it. Carries what a fee
 * calculation needs (kind, size, group membership), so that billing can follow without asking back.
 *
 * @param editorAccountId the applicant's account, now an editor of the profile
 */
public record MembershipAccepted(
        UUID applicationId,
        UUID networkId,
        UUID organizationId,
        UUID editorAccountId,
        OrganizationKind kind,
        Integer employees,
        boolean partOfGroup) {}
