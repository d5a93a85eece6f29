package org.clusteratlas.membership.internal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.membership.FeeCategory;
import org.clusteratlas.membership.MembershipStatus;
import org.clusteratlas.shared.AssignedIdEntity;

/**
 * An organization's membership in a network. Every change of status, type or fee category is appended to its
 * history, which is never rewritten: the office can always tell since when and why a member was what.
 */
@Entity
@Table(name = "membership")
public class Membership extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "type_code", nullable = false, length = 40)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MembershipStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_category", nullable = false, length = 12)
    private FeeCategory feeCategory;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    private LocalDate since;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "membership_id", nullable = false)
    @OrderBy("changedAt")
    private List<MembershipChange> history = new ArrayList<>();

    protected Membership() {}

    public Membership(UUID networkId, UUID organizationId, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.organizationId = organizationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Applies a change and records it. Dates follow the status: becoming active sets "since", becoming an applicant
     * sets "applied on", a termination sets "ended on" (and resuming clears it).
     */
    public void change(
            String type,
            MembershipStatus status,
            FeeCategory feeCategory,
            LocalDate effectiveOn,
            String reason,
            String changedBy,
            Instant now) {
        MembershipStatus from = this.status;
        if (status != from) {
            switch (status) {
                case APPLICANT -> {
                    appliedOn = effectiveOn;
                    endedOn = null;
                }
                case ACTIVE -> {
                    if (from != MembershipStatus.SUSPENDED || since == null) {
                        since = effectiveOn;
                    }
                    endedOn = null;
                }
                case SUSPENDED -> {}
                case TERMINATED -> endedOn = effectiveOn;
            }
            statusReason = status.needsReason() ? reason : null;
        }
        this.type = type;
        this.status = status;
        this.feeCategory = feeCategory;
        this.updatedAt = now;
        history.add(new MembershipChange(now, effectiveOn, changedBy, from, status, type, feeCategory, reason));
    }

    public UUID getId() {
        return id;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getType() {
        return type;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public FeeCategory getFeeCategory() {
        return feeCategory;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getSince() {
        return since;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public long getVersion() {
        return version;
    }

    public List<MembershipChange> getHistory() {
        return List.copyOf(history);
    }

    /** A duplicate's record becomes the survivor's (the organizations were merged). */
    public void moveTo(UUID organizationId, LocalDate today, String changedBy, Instant now) {
        this.organizationId = organizationId;
        this.updatedAt = now;
        history.add(new MembershipChange(now, today, changedBy, status, status, type, feeCategory, "merged"));
    }

    /** The survivor's record keeps the duplicate's history, marked as such. */
    public void absorb(Membership duplicate, String changedBy, Instant now) {
        for (MembershipChange change : duplicate.history) {
            history.add(new MembershipChange(
                    change.getChangedAt(),
                    change.getEffectiveOn(),
                    change.getChangedBy(),
                    change.getFromStatus(),
                    change.getToStatus(),
                    change.getType(),
                    change.getFeeCategory(),
                    change.getReason() == null ? "(merged)" : change.getReason() + " (merged)"));
        }
        history.sort(java.util.Comparator.comparing(MembershipChange::getChangedAt));
        this.updatedAt = now;
    }

    /** The application came before the record (an accepted application): its day is the applicant entry. */
    public void recordApplication(LocalDate appliedOn, Instant submittedAt, String changedBy) {
        this.appliedOn = appliedOn;
        history.add(new MembershipChange(
                submittedAt, appliedOn, changedBy, null, MembershipStatus.APPLICANT, type, feeCategory, null));
        history.sort(java.util.Comparator.comparing(MembershipChange::getChangedAt));
    }
}
