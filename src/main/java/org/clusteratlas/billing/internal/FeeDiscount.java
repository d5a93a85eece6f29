package org.clusteratlas.billing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A named discount in percent the office grants one member of its network. */
@Entity
@Table(name = "fee_discount")
public class FeeDiscount {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    protected FeeDiscount() {}

    public FeeDiscount(UUID networkId, UUID organizationId) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.organizationId = organizationId;
    }

    public void set(String name, BigDecimal percent) {
        this.name = name;
        this.percent = percent;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
