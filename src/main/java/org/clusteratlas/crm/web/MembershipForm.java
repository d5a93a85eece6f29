package org.clusteratlas.crm.web;

import java.time.LocalDate;
import org.clusteratlas.membership.FeeCategory;
import org.clusteratlas.membership.MembershipCommand;
import org.clusteratlas.membership.MembershipStatus;
import org.clusteratlas.membership.MembershipView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The office's form for a member's membership: status, type and fee category, with the day it takes effect and the
 * reason (required for a suspension or termination).
 *
 * @param version the membership's version the form was made from
 */
record MembershipForm(
        MembershipStatus status,
        String type,
        FeeCategory feeCategory,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
        String reason,
        Long version) {

    static MembershipForm of(MembershipView membership) {
        return new MembershipForm(
                membership.status(), membership.type(), membership.feeCategory(), null, "", membership.version());
    }

    MembershipCommand toCommand() {
        return new MembershipCommand(null, type, status, feeCategory, effectiveOn, reason);
    }
}
