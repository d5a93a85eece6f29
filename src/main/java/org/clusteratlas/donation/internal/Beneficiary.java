package org.clusteratlas.donation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.donation.BeneficiaryKind;

/** A kindergarten, school or similar institution a network donates to. Never deleted once money went to it. */
@Entity
@Table(name = "donation_beneficiary")
public class Beneficiary {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BeneficiaryKind kind;

    @Column(length = 200)
    private String street;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Column(length = 100)
    private String city;

    @Column(name = "purpose_de", length = 2000)
    private String purposeDe;

    @Column(name = "purpose_en", length = 2000)
    private String purposeEn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Beneficiary() {}

    public Beneficiary(UUID networkId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.createdAt = createdAt;
        this.active = true;
    }

    public void describe(
            String name,
            BeneficiaryKind kind,
            String street,
            String postalCode,
            String city,
            String purposeDe,
            String purposeEn,
            boolean active) {
        this.name = name;
        this.kind = kind;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.purposeDe = purposeDe;
        this.purposeEn = purposeEn;
        this.active = active;
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

    public BeneficiaryKind getKind() {
        return kind;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getPurposeDe() {
        return purposeDe;
    }

    public String getPurposeEn() {
        return purposeEn;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
