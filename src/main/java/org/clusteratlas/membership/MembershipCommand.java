package org.clusteratlas.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A new membership, or a change of one (then organizationId is ignored). Missing values keep what is there (or take
 * the defaults: the network's first type, the organization's fee category, active).
 *
 * @param effectiveOn when the change takes effect; today when missing
 * @param reason why; required for a suspension or termination
 */
public record MembershipCommand(
        UUID organizationId,
        @Size(max = 40) String type,
        MembershipStatus status,
        FeeCategory feeCategory,
        @PastOrPresent LocalDate effectiveOn,
        @Size(max = 2000) String reason) {

    /** A change of status only. */
    public static MembershipCommand status(@NotNull MembershipStatus status, String reason) {
        return new MembershipCommand(null, null, status, null, null, reason);
    }
}
