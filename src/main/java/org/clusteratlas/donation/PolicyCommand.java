package org.clusteratlas.donation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A network's donation rule.
 *
 * @param sharePercent the percentage of paid membership fees donated, 0 to 100 with at most two decimals
 */
public record PolicyCommand(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal sharePercent,

        @NotNull AllocationMode allocation) {}
