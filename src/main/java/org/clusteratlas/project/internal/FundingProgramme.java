package org.clusteratlas.project.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/** A funding programme of a network, or platform-wide when {@code networkId} is null. */
@Entity
@Table(name = "funding_programme")
public class FundingProgramme extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id")
    private UUID networkId;

    @Column(name = "name_de", nullable = false, length = 200)
    private String nameDe;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(nullable = false, length = 200)
    private String funder;

    @Column(length = 500)
    private String url;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "funding_rate", precision = 5, scale = 2)
    private BigDecimal fundingRate;

    @Column(length = 4000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FundingProgramme() {}

    public FundingProgramme(
            UUID networkId,
            String nameDe,
            String nameEn,
            String funder,
            String url,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal fundingRate,
            String notes) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.funder = funder;
        this.url = url;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.fundingRate = fundingRate;
        this.notes = notes;
        this.createdAt = Instant.now();
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public String getNameDe() {
        return nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getFunder() {
        return funder;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getFundingRate() {
        return fundingRate;
    }

    public String getNotes() {
        return notes;
    }
}
