package org.clusteratlas.donation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The office's division of a year's donations: the percentages must add up to exactly 100 (or the list is empty,
 * which withdraws the decision).
 */
public record AllocationCommand(@NotNull List<@NotNull @Valid Share> shares) {

    public record Share(
            @NotNull UUID beneficiary,

            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal percent) {}
}
