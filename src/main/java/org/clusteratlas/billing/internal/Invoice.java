package org.clusteratlas.billing.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.billing.InvoiceKind;
import org.clusteratlas.billing.InvoiceStatus;
import org.clusteratlas.shared.AssignedIdEntity;

/**
 * An issued invoice or cancellation invoice. What it says (parties, lines, totals) is fixed when it is issued; only
 * its state changes afterwards (payments, reminders, cancellation, collection). Never deleted.
 *
 * <p>Fields are public for the billing module's own services; the module's API hands out views only.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    public UUID networkId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "membership_id")
    public UUID membershipId;

    @Enumerated(EnumType.STRING)
    public InvoiceKind kind;

    public String number;

    @Column(name = "cancels_id")
    public UUID cancelsId;

    @Column(name = "cancelled_by_id")
    public UUID cancelledById;

    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;

    @Column(name = "period_key")
    public String periodKey;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String currency;

    @Column(name = "vat_rate")
    public BigDecimal vatRate;

    @Column(name = "net_total")
    public BigDecimal netTotal;

    @Column(name = "vat_total")
    public BigDecimal vatTotal;

    @Column(name = "gross_total")
    public BigDecimal grossTotal;

    @Column(name = "paid_total")
    public BigDecimal paidTotal = BigDecimal.ZERO;

    @Column(name = "seller_name")
    public String sellerName;

    @Column(name = "seller_street")
    public String sellerStreet;

    @Column(name = "seller_postal_code")
    public String sellerPostalCode;

    @Column(name = "seller_city")
    public String sellerCity;

    @Column(name = "seller_country")
    public String sellerCountry;

    @Column(name = "seller_vat_id")
    public String sellerVatId;

    @Column(name = "seller_tax_number")
    public String sellerTaxNumber;

    @Column(name = "seller_iban")
    public String sellerIban;

    @Column(name = "seller_bic")
    public String sellerBic;

    @Column(name = "seller_creditor_id")
    public String sellerCreditorId;

    @Column(name = "seller_contact_name")
    public String sellerContactName;

    @Column(name = "seller_contact_phone")
    public String sellerContactPhone;

    @Column(name = "seller_email")
    public String sellerEmail;

    @Column(name = "buyer_name")
    public String buyerName;

    @Column(name = "buyer_street")
    public String buyerStreet;

    @Column(name = "buyer_postal_code")
    public String buyerPostalCode;

    @Column(name = "buyer_city")
    public String buyerCity;

    @Column(name = "buyer_country")
    public String buyerCountry;

    @Column(name = "buyer_email")
    public String buyerEmail;

    @Column(name = "buyer_reference")
    public String buyerReference;

    public String language;

    @Column(name = "dunning_level")
    public int dunningLevel;

    @Column(name = "last_reminded_on")
    public LocalDate lastRemindedOn;

    @Column(name = "collection_id")
    public UUID collectionId;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "invoice_id", nullable = false)
    @OrderBy("position")
    public List<InvoiceLine> lines = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "invoice_id", nullable = false)
    @OrderBy("recordedAt")
    public List<InvoicePayment> payments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "invoice_id", nullable = false)
    @OrderBy("level")
    public List<InvoiceReminder> reminders = new ArrayList<>();

    protected Invoice() {}

    public Invoice(UUID networkId, UUID organizationId, InvoiceKind kind, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.organizationId = organizationId;
        this.kind = kind;
        this.status = InvoiceStatus.OPEN;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** What is still to pay. */
    public BigDecimal open() {
        return status == InvoiceStatus.CANCELLED || kind == InvoiceKind.CANCELLATION
                ? BigDecimal.ZERO
                : grossTotal.subtract(paidTotal);
    }
}
