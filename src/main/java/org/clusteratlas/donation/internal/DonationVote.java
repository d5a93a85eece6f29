package org.clusteratlas.donation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A member's vote for the beneficiary of a year's donations; voting again changes it. */
@Entity
@Table(name = "donation_vote")
public class DonationVote {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "vote_year", nullable = false)
    private int year;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected DonationVote() {}

    public DonationVote(UUID networkId, int year, UUID accountId) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.year = year;
        this.accountId = accountId;
    }

    public void choose(UUID beneficiaryId, Instant at) {
        this.beneficiaryId = beneficiaryId;
        this.votedAt = at;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }
}
