package org.clusteratlas.donation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Money transferred to a beneficiary from a year's donations. */
@Entity
@Table(name = "donation_payout")
public class DonationPayout {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "payout_year", nullable = false)
    private int year;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(length = 200)
    private String reference;

    @Column(name = "recorded_by", length = 120)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DonationPayout() {}

    public DonationPayout(
            UUID networkId,
            int year,
            UUID beneficiaryId,
            LocalDate paidOn,
            BigDecimal amount,
            String reference,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.year = year;
        this.beneficiaryId = beneficiaryId;
        this.paidOn = paidOn;
        this.amount = amount;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }
}
