package org.clusteratlas.billing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment received for an invoice. More than what is still open is refused. */
public record PaymentCommand(
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        @NotNull LocalDate paidOn,
        PaymentMethod method,
        @Size(max = 200) String reference) {}
