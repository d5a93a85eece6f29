package org.clusteratlas.billing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A named discount the office grants one member ("Gründungsmitglied", 20 %), applied to its fee after the fee
 * category's reduction; named on the invoice line.
 */
public record DiscountCommand(
        @NotBlank @Size(max = 200) String name,

        @NotNull @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal percent) {}
