package org.clusteratlas.membership;

import org.clusteratlas.organization.OrganizationKind;

/**
 * How a membership is charged; the amounts come from the network's fee schedule. Consumers, social institutions and
 * associations use the portal free of charge, businesses pay (the city portal's rule); the office may grant a reduced
 * fee.
 */
public enum FeeCategory {
    STANDARD,
    REDUCED,
    EXEMPT;

    /** The category a new membership of an organization of this kind starts with. */
    public static FeeCategory defaultFor(OrganizationKind kind) {
        return kind == OrganizationKind.ASSOCIATION || kind == OrganizationKind.SOCIAL_INSTITUTION ? EXEMPT : STANDARD;
    }
}
