package org.clusteratlas.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice (or cancellation invoice) with its lines, payments and reminders. Amounts in {@code currency}, rounded
 * half-up to cents: the lines add up to {@code netTotal}, {@code netTotal + vatTotal = grossTotal}.
 *
 * @param cancels the number of the invoice a cancellation cancels
 * @param cancelledBy the number of the cancellation that cancelled this invoice
 * @param openAmount what is still to pay (0 for paid and cancelled invoices)
 * @param dunningLevel 0 before the first reminder, up to 3
 */
public record InvoiceView(
        UUID id,
        String network,
        InvoiceKind kind,
        String number,
        InvoiceStatus status,
        UUID organizationId,
        UUID membershipId,
        String buyerName,
        String buyerEmail,
        LocalDate issueDate,
        LocalDate dueDate,
        LocalDate periodStart,
        LocalDate periodEnd,
        String currency,
        BigDecimal vatRate,
        BigDecimal netTotal,
        BigDecimal vatTotal,
        BigDecimal grossTotal,
        BigDecimal paidTotal,
        BigDecimal openAmount,
        String cancels,
        String cancelledBy,
        int dunningLevel,
        LocalDate lastRemindedOn,
        boolean inCollection,
        List<Line> lines,
        List<Payment> payments,
        List<Reminder> reminders,
        long version) {

    public InvoiceView {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        reminders = List.copyOf(reminders);
    }

    public record Line(int position, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal net) {}

    public record Payment(
            UUID id, BigDecimal amount, LocalDate paidOn, PaymentMethod method, String reference, String recordedBy) {}

    public record Reminder(int level, LocalDate remindedOn, String sentTo) {}
}
