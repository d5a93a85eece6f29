package org.clusteratlas.membership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clusteratlas.membership.FeeCategory;
import org.clusteratlas.membership.MembershipStatus;

/** One entry of a membership's history; written once, never changed. */
@Entity
@Table(name = "membership_change")
public class MembershipChange {

    @Id
    private UUID id;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "changed_by", length = 120)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 12)
    private MembershipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 12)
    private MembershipStatus toStatus;

    @Column(name = "type_code", nullable = false, length = 40)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_category", nullable = false, length = 12)
    private FeeCategory feeCategory;

    @Column(length = 2000)
    private String reason;

    protected MembershipChange() {}

    MembershipChange(
            Instant changedAt,
            LocalDate effectiveOn,
            String changedBy,
            MembershipStatus fromStatus,
            MembershipStatus toStatus,
            String type,
            FeeCategory feeCategory,
            String reason) {
        this.id = UUID.randomUUID();
        this.changedAt = changedAt;
        this.effectiveOn = effectiveOn;
        this.changedBy = changedBy;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.type = type;
        this.feeCategory = feeCategory;
        this.reason = reason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public MembershipStatus getFromStatus() {
        return fromStatus;
    }

    public MembershipStatus getToStatus() {
        return toStatus;
    }

    public String getType() {
        return type;
    }

    public FeeCategory getFeeCategory() {
        return feeCategory;
    }

    public String getReason() {
        return reason;
    }
}
