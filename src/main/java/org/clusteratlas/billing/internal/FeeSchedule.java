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
import org.clusteratlas.billing.BillingInterval;
import org.clusteratlas.shared.AssignedIdEntity;

/** A fee schedule of a network for a period, with its lines (the yearly amount per kind and size band). */
@Entity
@Table(name = "fee_schedule")
public class FeeSchedule extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_interval", nullable = false, length = 10)
    private BillingInterval interval;

    @Column(name = "reduced_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal reducedPercent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "schedule_id", nullable = false)
    @OrderBy("position")
    private List<FeeLine> lines = new ArrayList<>();

    protected FeeSchedule() {}

    public FeeSchedule(UUID networkId, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.currency = "EUR";
        this.createdAt = now;
    }

    public void update(
            String name,
            LocalDate validFrom,
            LocalDate validTo,
            BigDecimal vatRate,
            BillingInterval interval,
            BigDecimal reducedPercent,
            List<FeeLine> lines) {
        this.name = name;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.vatRate = vatRate;
        this.interval = interval;
        this.reducedPercent = reducedPercent;
        this.lines.clear();
        this.lines.addAll(lines);
    }

    /** Whether the schedule applies on the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public UUID getId() {
        return id;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public BillingInterval getInterval() {
        return interval;
    }

    public BigDecimal getReducedPercent() {
        return reducedPercent;
    }

    public long getVersion() {
        return version;
    }

    public List<FeeLine> getLines() {
        return lines;
    }
}
