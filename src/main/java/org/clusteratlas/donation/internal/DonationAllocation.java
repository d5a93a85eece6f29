package org.clusteratlas.donation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The office's decision: this beneficiary receives this percentage of the year's donations. */
@Entity
@Table(name = "donation_allocation")
public class DonationAllocation {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "allocation_year", nullable = false)
    private int year;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    @Column(name = "decided_by", length = 120)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected DonationAllocation() {}

    public DonationAllocation(
            UUID networkId, int year, UUID beneficiaryId, BigDecimal percent, String decidedBy, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.year = year;
        this.beneficiaryId = beneficiaryId;
        this.percent = percent;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
