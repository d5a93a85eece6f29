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
import org.clusteratlas.organization.EmployeeBand;
import org.clusteratlas.organization.GeocodeStatus;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.ProfileStatus;
import org.clusteratlas.organization.ValueChainRole;
import org.clusteratlas.organization.Visibility;
import org.clusteratlas.shared.AssignedIdEntity;
import org.clusteratlas.shared.LocalizedText;

@Entity
@Table(name = "organization")
public class Organization extends AssignedIdEntity {

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

    /** Concepts of the competence taxonomy the typed competences were mapped to, by URI. */
    @ElementCollection
    @CollectionTable(name = "organization_competence_concept", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "concept_uri", nullable = false, length = 300)
    private Set<String> competenceConcepts = new LinkedHashSet<>();

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

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "geocode_status", nullable = false, length = 30)
    private GeocodeStatus geocodeStatus = GeocodeStatus.NO_ADDRESS;

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

    @ElementCollection
    @CollectionTable(name = "organization_industry", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "nace_code", nullable = false, length = 2)
    private Set<String> industries = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "organization_certification", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "name", nullable = false, length = 100)
    private List<String> certifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_machine", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "sort_order")
    private List<MachineEntry> machinery = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "employee_band", length = 30)
    private EmployeeBand employeeBand;

    @Column(name = "founding_year")
    private Integer foundingYear;

    @ElementCollection
    @CollectionTable(name = "organization_site", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "sort_order")
    private List<SiteEntry> sites = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_language", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "language", nullable = false, length = 2)
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "organization_reference", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "sort_order")
    private List<ReferenceEntry> references = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_value_chain_role", joinColumns = @JoinColumn(name = "organization_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<ValueChainRole> valueChainRoles = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProfileStatus status = ProfileStatus.PUBLISHED;

    @Enumerated(EnumType.STRING)
    @Column(name = "offers_visibility", length = 20)
    private Visibility offersVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "needs_visibility", length = 20)
    private Visibility needsVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "contacts_visibility", length = 20)
    private Visibility contactsVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "machinery_visibility", length = 20)
    private Visibility machineryVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "references_visibility", length = 20)
    private Visibility referencesVisibility;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(nullable = false)
    private int completeness;

    @Column(name = "logo_key", length = 200)
    private String logoKey;

    @Column(name = "logo_content_type", length = 50)
    private String logoContentType;

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

    @Override
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

    public Set<String> getCompetenceConcepts() {
        return competenceConcepts;
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

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public GeocodeStatus getGeocodeStatus() {
        return geocodeStatus;
    }

    public void locate(Double latitude, Double longitude, GeocodeStatus status) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.geocodeStatus = status;
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

    public Set<String> getIndustries() {
        return industries;
    }

    public List<String> getCertifications() {
        return certifications;
    }

    public List<MachineEntry> getMachinery() {
        return machinery;
    }

    public EmployeeBand getEmployeeBand() {
        return employeeBand;
    }

    public void setEmployeeBand(EmployeeBand employeeBand) {
        this.employeeBand = employeeBand;
    }

    public Integer getFoundingYear() {
        return foundingYear;
    }

    public void setFoundingYear(Integer foundingYear) {
        this.foundingYear = foundingYear;
    }

    public List<SiteEntry> getSites() {
        return sites;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public List<ReferenceEntry> getReferences() {
        return references;
    }

    public Set<ValueChainRole> getValueChainRoles() {
        return valueChainRoles;
    }

    public ProfileStatus getStatus() {
        return status;
    }

    public void setStatus(ProfileStatus status) {
        this.status = status;
    }

    public Visibility getOffersVisibility() {
        return offersVisibility;
    }

    public Visibility getNeedsVisibility() {
        return needsVisibility;
    }

    public Visibility getContactsVisibility() {
        return contactsVisibility;
    }

    public Visibility getMachineryVisibility() {
        return machineryVisibility;
    }

    public Visibility getReferencesVisibility() {
        return referencesVisibility;
    }

    public void setSectionVisibility(
            Visibility offers, Visibility needs, Visibility contacts, Visibility machinery, Visibility references) {
        this.offersVisibility = offers;
        this.needsVisibility = needs;
        this.contactsVisibility = contacts;
        this.machineryVisibility = machinery;
        this.referencesVisibility = references;
    }

    public String getLogoKey() {
        return logoKey;
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public void changeLogo(String key, String contentType) {
        this.logoKey = key;
        this.logoContentType = contentType;
    }

    public int getCompleteness() {
        return completeness;
    }

    public void setCompleteness(int completeness) {
        this.completeness = completeness;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public void markReminded(Instant when) {
        this.remindedAt = when;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
