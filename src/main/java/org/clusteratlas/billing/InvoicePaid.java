package org.clusteratlas.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice is paid in full. Published once per invoice, inside the transaction that records the last payment, so
 * that whatever follows fee income (the donations to kindergartens and schools) books exactly what was paid.
 *
 * @param amount the invoice's gross total that was paid, in {@code currency}; never negative
 * @param paidOn the day the last payment arrived; its year is the year the income counts for
 */
public record InvoicePaid(
        UUID invoiceId,
        String number,
        UUID networkId,
        UUID organizationId,
        BigDecimal amount,
        String currency,
        LocalDate paidOn) {}
