package org.clusteratlas.organization.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.Visibility;
import org.clusteratlas.shared.LocalizedText;

@Entity
@Table(name = "organization")
public class Organization {

    @Id
    private UUID id;

    @Column(name = "external_id", unique = true, length = 100)
    private String externalId;

    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganizationKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "description_de", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 20000))
    })
    private LocalizedText description;

    @ElementCollection
    @CollectionTable(name = "organization_competence", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "competence", nullable = false, length = 200)
    private List<String> competences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_offer", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "sort_order")
    private List<ProfileEntry> offers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_need", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "sort_order")
    private List<ProfileEntry> needs = new ArrayList<>();

    @Embedded
    private PostalAddress address;

    private Integer employees;

    @Column(length = 300)
    private String website;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "organization_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<ContactPerson> contacts = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @ElementCollection
    @CollectionTable(name = "organization_network", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "network_id", nullable = false)
    private Set<UUID> networkIds = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Organization() {}

    public Organization(String slug) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void touch() {
        updatedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public LocalizedText getDescription() {
        return description == null ? LocalizedText.empty() : description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public List<String> getCompetences() {
        return competences;
    }

    public List<ProfileEntry> getOffers() {
        return offers;
    }

    public List<ProfileEntry> getNeeds() {
        return needs;
    }

    public PostalAddress getAddress() {
        return address;
    }

    public void setAddress(PostalAddress address) {
        this.address = address;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<ContactPerson> getContacts() {
        return contacts;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public Set<UUID> getNetworkIds() {
        return networkIds;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
