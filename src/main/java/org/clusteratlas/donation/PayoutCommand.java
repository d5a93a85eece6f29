package org.clusteratlas.donation;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Money transferred to a beneficiary out of a year's donations.
 *
 * @param year the year whose donations are paid out (not necessarily the year of the transfer)
 */
public record PayoutCommand(
        @NotNull UUID beneficiary,
        @NotNull Integer year,
        @NotNull LocalDate paidOn,

        @NotNull @Positive @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        @Size(max = 200) String reference) {}
