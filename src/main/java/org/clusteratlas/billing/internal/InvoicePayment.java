package org.clusteratlas.billing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clusteratlas.billing.PaymentMethod;

@Entity
@Table(name = "invoice_payment")
public class InvoicePayment {

    @Id
    private UUID id;

    public BigDecimal amount;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    public PaymentMethod method;

    public String reference;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    protected InvoicePayment() {}

    public InvoicePayment(
            BigDecimal amount,
            LocalDate paidOn,
            PaymentMethod method,
            String reference,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.amount = amount;
        this.paidOn = paidOn;
        this.method = method;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }
}
