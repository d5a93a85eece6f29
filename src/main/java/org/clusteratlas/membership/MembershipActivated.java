package org.clusteratlas.membership;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A membership became active (admitted directly, accepted, resumed after a termination, or added to the network by a
 * profile change or import). Published inside the transaction of the change, so that what follows (the first fee
 * invoice) commits or rolls back with it. Not published when a suspension ends: the membership did not begin anew.
 *
 * @param since the day it became active, which prices a fee for the rest of the year
 */
public record MembershipActivated(
        UUID networkId, UUID membershipId, UUID organizationId, LocalDate since, FeeCategory feeCategory) {}
