package org.clusteratlas.billing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/** An exported pain.008 file: which day it collects, how many transactions and how much. */
@Entity
@Table(name = "sepa_collection")
public class SepaCollection extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id")
    public UUID networkId;

    @Column(name = "message_id")
    public String messageId;

    @Column(name = "collection_date")
    public LocalDate collectionDate;

    public int transactions;

    @Column(name = "control_sum")
    public BigDecimal controlSum;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    protected SepaCollection() {}

    public SepaCollection(UUID networkId, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }
}
