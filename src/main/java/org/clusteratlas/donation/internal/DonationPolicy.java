package org.clusteratlas.donation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.donation.AllocationMode;

/** A network's donation rule: the share of paid fees donated and how the sum is divided. */
@Entity
@Table(name = "donation_policy")
public class DonationPolicy {

    @Id
    @Column(name = "network_id")
    private UUID networkId;

    @Column(name = "share_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal sharePercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AllocationMode allocation;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 120)
    private String updatedBy;

    @Version
    private long version;

    protected DonationPolicy() {}

    public DonationPolicy(UUID networkId) {
        this.networkId = networkId;
        this.sharePercent = BigDecimal.ZERO;
        this.allocation = AllocationMode.OFFICE;
    }

    public void change(BigDecimal sharePercent, AllocationMode allocation, String by, Instant at) {
        this.sharePercent = sharePercent;
        this.allocation = allocation;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }

    public AllocationMode getAllocation() {
        return allocation;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
