package org.clusteratlas.donation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * A network's donations as the transparency page shows them: its rule, its beneficiaries and every year with income.
 * All amounts are in euros with two decimals; every year reconciles: the donations are the paid fees times the share
 * in force when each was paid, and the beneficiaries' allocations add up to the donations exactly.
 */
public record DonationOverview(
        String network,
        BigDecimal sharePercent,
        AllocationMode allocation,
        Instant policyChangedAt,
        long policyVersion,
        List<Beneficiary> beneficiaries,
        List<Year> years) {

    public DonationOverview {
        beneficiaries = List.copyOf(beneficiaries);
        years = List.copyOf(years);
    }

    public record Beneficiary(
            UUID id,
            String name,
            BeneficiaryKind kind,
            String street,
            String postalCode,
            String city,
            LocalizedText purpose,
            boolean active,
            long version) {}

    /**
     * One year of donations.
     *
     * @param income the membership fees paid in the year
     * @param invoices how many invoices were paid
     * @param sharePercent the donated share, null when it changed during the year
     * @param donations the year's donation sum
     * @param unallocated the part not yet allocated to a beneficiary (all of it until the office decides or votes
     *     are cast)
     * @param votes votes cast for the year (member vote only)
     */
    public record Year(
            int year,
            String currency,
            BigDecimal income,
            int invoices,
            BigDecimal sharePercent,
            BigDecimal donations,
            List<Line> lines,
            BigDecimal unallocated,
            BigDecimal paidOut,
            long votes) {

        public Year {
            lines = List.copyOf(lines);
        }
    }

    /** A beneficiary's part of a year: its percentage, the amount, and what was transferred. */
    public record Line(
            UUID beneficiary,
            String name,
            BeneficiaryKind kind,
            String city,
            BigDecimal percent,
            long votes,
            BigDecimal allocated,
            BigDecimal paidOut,
            BigDecimal outstanding,
            List<Payout> payouts) {

        public Line {
            payouts = List.copyOf(payouts);
        }
    }

    public record Payout(UUID id, LocalDate paidOn, BigDecimal amount, String reference) {}
}
