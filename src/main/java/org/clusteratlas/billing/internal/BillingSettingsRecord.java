package org.clusteratlas.billing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** The network as seller: what every invoice it issues names (copied into the invoice when it is issued). */
@Entity
@Table(name = "billing_settings")
public class BillingSettingsRecord implements Persistable<UUID> {

    @Id
    @Column(name = "network_id")
    private UUID networkId;

    @Column(name = "legal_name")
    public String legalName;

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;
    public String country;

    @Column(name = "vat_id")
    public String vatId;

    @Column(name = "tax_number")
    public String taxNumber;

    public String iban;
    public String bic;

    @Column(name = "creditor_id")
    public String creditorId;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    public String language;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    private Long version;

    protected BillingSettingsRecord() {}

    public BillingSettingsRecord(UUID networkId) {
        this.networkId = networkId;
    }

    @Override
    public UUID getId() {
        return networkId;
    }

    @Override
    public boolean isNew() {
        return version == null;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
