package org.clusteratlas.billing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/**
 * A SEPA core direct debit mandate of a member. Its sequence type is FRST until the first collection was exported,
 * RCUR afterwards; a revoked mandate is kept (mandates must be retained 14 months after the last collection).
 */
@Entity
@Table(name = "sepa_mandate")
public class SepaMandate extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id")
    public UUID networkId;

    @Column(name = "organization_id")
    public UUID organizationId;

    public String reference;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "debtor_name")
    public String debtorName;

    public String iban;
    public String bic;

    @Column(name = "sequence_type")
    public String sequenceType;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    private long version;

    protected SepaMandate() {}

    public SepaMandate(UUID networkId, UUID organizationId, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.organizationId = organizationId;
        this.sequenceType = "FRST";
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Whether it may be used for a collection on the day. */
    public boolean activeOn(LocalDate day) {
        return !signedOn.isAfter(day) && (revokedOn == null || revokedOn.isAfter(day));
    }
}
