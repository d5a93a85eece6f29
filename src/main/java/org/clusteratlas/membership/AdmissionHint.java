package org.clusteratlas.membership;

import org.clusteratlas.organization.OrganizationKind;

/**
 * How an admitted organization would be charged, from the city portal's rule: free for consumers, social institutions
 * and associations; businesses pay a fee. Whether it is admitted at all is for the network's {@link AdmissionRules}.
 */
public enum AdmissionHint {
    /** An association or social institution: free membership. */
    FREE_MEMBERSHIP,
    /** A business: membership with a fee. */
    FEE_PAYING,
    /** University, research institute, public body or other: the fee schedule decides. */
    NO_RULE;

    public static AdmissionHint of(OrganizationKind kind) {
        return switch (kind) {
            case ASSOCIATION, SOCIAL_INSTITUTION -> FREE_MEMBERSHIP;
            case COMPANY -> FEE_PAYING;
            default -> NO_RULE;
        };
    }
}
