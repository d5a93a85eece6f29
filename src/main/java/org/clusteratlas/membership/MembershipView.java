package org.clusteratlas.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An organization's membership in a network as its office sees it.
 *
 * @param since the day it last became active
 * @param endedOn the day it was terminated, while it is
 * @param statusReason why it was suspended or terminated
 * @param history every change, oldest first (empty in lists)
 */
public record MembershipView(
        UUID id,
        String network,
        UUID organizationId,
        String organizationName,
        String organizationSlug,
        String type,
        String typeName,
        MembershipStatus status,
        FeeCategory feeCategory,
        LocalDate appliedOn,
        LocalDate since,
        LocalDate endedOn,
        String statusReason,
        List<Change> history,
        long version) {

    public MembershipView {
        history = List.copyOf(history);
    }

    /** One change of a membership: status, type or fee category, when it took effect and who made it. */
    public record Change(
            Instant changedAt,
            LocalDate effectiveOn,
            String changedBy,
            MembershipStatus fromStatus,
            MembershipStatus toStatus,
            String type,
            FeeCategory feeCategory,
            String reason) {}
}
