package org.clusteratlas.donation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One paid membership fee invoice as income of the donation pool, with the donated share in force when it was paid.
 * Keyed by the invoice, so a repeated event can never book it twice.
 */
@Entity
@Table(name = "donation_income")
public class DonationIncome {

    @Id
    @Column(name = "invoice_id")
    private UUID invoiceId;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "invoice_number", nullable = false, length = 60)
    private String invoiceNumber;

    @Column(name = "income_year", nullable = false)
    private int year;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "share_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal sharePercent;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DonationIncome() {}

    public DonationIncome(
            UUID invoiceId,
            UUID networkId,
            String invoiceNumber,
            LocalDate paidOn,
            BigDecimal amount,
            String currency,
            BigDecimal sharePercent,
            Instant recordedAt) {
        this.invoiceId = invoiceId;
        this.networkId = networkId;
        this.invoiceNumber = invoiceNumber;
        this.year = paidOn.getYear();
        this.paidOn = paidOn;
        this.amount = amount;
        this.currency = currency;
        this.sharePercent = sharePercent;
        this.recordedAt = recordedAt;
    }

    public UUID getInvoiceId() {
        return invoiceId;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }
}
