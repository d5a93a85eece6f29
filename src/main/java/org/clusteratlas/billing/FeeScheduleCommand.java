package org.clusteratlas.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clusteratlas.organization.OrganizationKind;

/**
 * A fee schedule of a network as the office writes it.
 *
 * @param validTo last day it applies; open-ended when null
 * @param vatRate percent; 0 (the default) for genuine membership fees of a registered association, which are not
 *     taxable; 7 or 19 where the network's fees are consideration for services
 * @param reducedPercent discount in percent for memberships of fee category REDUCED (0 when null)
 * @param lines the yearly amount by organization kind and head count; a kind without a line pays nothing
 */
public record FeeScheduleCommand(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate validFrom,
        LocalDate validTo,

        @DecimalMin("0") @DecimalMax("99.99") @Digits(integer = 2, fraction = 2)
        BigDecimal vatRate,

        BillingInterval interval,

        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal reducedPercent,

        @NotNull @Size(max = 100) List<@NotNull @Valid Line> lines) {

    /**
     * @param employeesFrom the smallest head count the line is for (0 for none given)
     * @param employeesTo the largest; no limit when null
     */
    public record Line(
            @NotNull OrganizationKind kind,
            @Min(0) @Max(10_000_000) Integer employeesFrom,
            @Min(0) @Max(10_000_000) Integer employeesTo,

            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal yearlyAmount) {}
}
