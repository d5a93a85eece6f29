package org.clusteratlas.membership;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a membership stands. Applicants are not yet in the network; active and suspended members are (a suspended
 * member keeps its profile while, for example, a fee is overdue); terminated memberships are history and may be
 * resumed.
 */
public enum MembershipStatus {
    APPLICANT,
    ACTIVE,
    SUSPENDED,
    TERMINATED;

    /** Whether the organization belongs to the network in this status (shown in its lists and search). */
    public boolean inNetwork() {
        return this == ACTIVE || this == SUSPENDED;
    }

    /** Whether a change into this status must say why (a suspension or termination is explained to the member). */
    public boolean needsReason() {
        return this == SUSPENDED || this == TERMINATED;
    }

    /** The statuses this one may change into. */
    public Set<MembershipStatus> next() {
        return switch (this) {
            case APPLICANT -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
            case TERMINATED -> EnumSet.of(APPLICANT, ACTIVE);
        };
    }
}
