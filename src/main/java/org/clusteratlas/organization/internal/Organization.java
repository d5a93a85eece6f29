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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.organization.EmployeeBand;
import org.clusteratlas.organization.GeocodeStatus;
import org.clusteratlas.organization.NeedStatus;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.ProfileStatus;
import org.clusteratlas.organization.ValueChainRole;
import org.clusteratlas.organization.Visibility;
import org.clusteratlas.organization.search.SearchAnalysis;
import org.clusteratlas.shared.AssignedIdEntity;
import org.clusteratlas.shared.LocalizedText;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AssociationInverseSide;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * An organization of the competence atlas. It is also the document of the search index: the getters marked for
 * indexing below derive what search needs (texts per section, levels of section visibility, the location) from the
 * persistent state; Hibernate Search re-indexes the organization whenever one of the named properties changes.
 */
@Entity
@Table(name = "organization")
@Indexed(index = "organization")
public class Organization extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "external_id", unique = true, length = 100)
    @KeywordField(projectable = Projectable.YES)
    private String externalId;

    @Column(nullable = false, unique = true, length = 60)
    @KeywordField(projectable = Projectable.YES)
    private String slug;

    @Column(nullable = false, length = 200)
    @FullTextField(
            analyzer = SearchAnalysis.GERMAN,
            searchAnalyzer = SearchAnalysis.GERMAN_QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "name_en", analyzer = SearchAnalysis.ENGLISH)
    @FullTextField(name = "name_prefix", analyzer = SearchAnalysis.PREFIX, searchAnalyzer = SearchAnalysis.PREFIX_QUERY)
    @KeywordField(name = "name_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
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
    @FullTextField(
            analyzer = SearchAnalysis.GERMAN,
            searchAnalyzer = SearchAnalysis.GERMAN_QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "competences_en", analyzer = SearchAnalysis.ENGLISH)
    @FullTextField(
            name = "competences_prefix",
            analyzer = SearchAnalysis.PREFIX,
            searchAnalyzer = SearchAnalysis.PREFIX_QUERY)
    private List<String> competences = new ArrayList<>();

    /** Concepts of the competence taxonomy the typed competences were mapped to, by URI. */
    @ElementCollection
    @CollectionTable(name = "organization_competence_concept", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "concept_uri", nullable = false, length = 300)
    @KeywordField(name = "concepts", aggregable = Aggregable.YES)
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

    /** The German federal state of the address, from the gazetteer; null when not located. */
    @Column(name = "federal_state", length = 40)
    private String federalState;

    private Integer employees;

    @Column(length = 300)
    private String website;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "organization_id", nullable = false)
    @OrderColumn(name = "sort_order")
    @AssociationInverseSide(inversePath = @ObjectPath(@PropertyValue(propertyName = "organization")))
    private List<ContactPerson> contacts = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private Visibility visibility;

    /**
     * Whether the profile appears in the federations its networks share with. Indexed, so that the federation's
     * search and the members-only rules across federated networks read it where they filter.
     */
    @Column(name = "federation_shared", nullable = false)
    @GenericField(name = "federation_shared", projectable = Projectable.YES)
    private boolean federationShared = true;

    @ElementCollection
    @CollectionTable(name = "organization_network", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "network_id", nullable = false)
    private Set<UUID> networkIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "organization_industry", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "nace_code", nullable = false, length = 2)
    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> industries = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "organization_certification", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "name", nullable = false, length = 100)
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> certifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_machine", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "sort_order")
    private List<MachineEntry> machinery = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "employee_band", length = 30)
    @KeywordField(aggregable = Aggregable.YES)
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
    @KeywordField
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
    @GenericField(sortable = Sortable.YES)
    private int completeness;

    @Column(name = "logo_key", length = 200)
    private String logoKey;

    @Column(name = "logo_content_type", length = 50)
    private String logoContentType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(name = "updatedAt")
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

    public void locate(Double latitude, Double longitude, String federalState, GeocodeStatus status) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.federalState = federalState;
        this.geocodeStatus = status;
    }

    public String getFederalState() {
        return federalState;
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

    public boolean isFederationShared() {
        return federationShared;
    }

    public void setFederationShared(boolean federationShared) {
        this.federationShared = federationShared;
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

    // --- Derived for the search index ---------------------------------------------------------------------

    /** The id as a keyword, for filters on the organizations a person edits and for contacts' embedded copy. */
    @Transient
    @KeywordField(name = "key", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getKey() {
        return id.toString();
    }

    @Transient
    @FullTextField(
            name = "description_de",
            analyzer = SearchAnalysis.GERMAN,
            searchAnalyzer = SearchAnalysis.GERMAN_QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
    public String getDescriptionDe() {
        return getDescription().de();
    }

    @Transient
    @FullTextField(
            name = "description_en",
            analyzer = SearchAnalysis.ENGLISH,
            projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
    public String getDescriptionEn() {
        return getDescription().en();
    }

    /** Offers as "title: description", one value each, so a phrase never runs from one offer into the next. */
    @Transient
    @FullTextField(
            name = "offers",
            analyzer = SearchAnalysis.GERMAN,
            searchAnalyzer = SearchAnalysis.GERMAN_QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "offers_en", analyzer = SearchAnalysis.ENGLISH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "offers")))
    public List<String> getOfferTexts() {
        return offers.stream().map(Organization::text).toList();
    }

    /** Open needs only: a fulfilled need is history, not a lead. */
    @Transient
    @FullTextField(
            name = "needs",
            analyzer = SearchAnalysis.GERMAN,
            searchAnalyzer = SearchAnalysis.GERMAN_QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "needs_en", analyzer = SearchAnalysis.ENGLISH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "needs")))
    public List<String> getOpenNeedTexts() {
        return openNeeds().stream().map(Organization::text).toList();
    }

    @Transient
    @KeywordField(name = "offer_concepts")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "offers")))
    public Set<String> getOfferConcepts() {
        Set<String> uris = new LinkedHashSet<>();
        offers.forEach(offer -> uris.addAll(offer.concepts()));
        return uris;
    }

    @Transient
    @KeywordField(name = "need_concepts")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "needs")))
    public Set<String> getNeedConcepts() {
        Set<String> uris = new LinkedHashSet<>();
        openNeeds().forEach(need -> uris.addAll(need.concepts()));
        return uris;
    }

    public List<ProfileEntry> openNeeds() {
        return needs.stream()
                .filter(need -> need.status() == null || need.status() == NeedStatus.OPEN)
                .toList();
    }

    @Transient
    @KeywordField(name = "networks", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "networkIds")))
    public List<String> getNetworkKeys() {
        return networkIds.stream().map(UUID::toString).sorted().toList();
    }

    @Transient
    @KeywordField(name = "postal_code", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "address")))
    public String getPostalCode() {
        return address == null ? null : address.postalCode();
    }

    @Transient
    @KeywordField(name = "city", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "address")))
    public String getCity() {
        return address == null ? null : address.city();
    }

    @Transient
    @GenericField(name = "location", projectable = Projectable.YES, sortable = Sortable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "latitude")),
                @ObjectPath(@PropertyValue(propertyName = "longitude"))
            })
    public org.hibernate.search.engine.spatial.GeoPoint getLocation() {
        return latitude == null || longitude == null
                ? null
                : org.hibernate.search.engine.spatial.GeoPoint.of(latitude, longitude);
    }

    @Transient
    @KeywordField(name = "state", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "federalState")))
    public String getFederalStateKey() {
        return federalState;
    }

    /**
     * How private each section is, for filtering text matches and highlights by the searcher's level. A section
     * without its own setting is as visible as the organization, which the organization filter already enforces.
     */
    @Transient
    @KeywordField(name = "offers_level", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "offersVisibility")))
    public Visibility getOffersLevel() {
        return offersVisibility == null ? Visibility.PUBLIC : offersVisibility;
    }

    @Transient
    @KeywordField(name = "needs_level", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "needsVisibility")))
    public Visibility getNeedsLevel() {
        return needsVisibility == null ? Visibility.PUBLIC : needsVisibility;
    }

    @Transient
    @KeywordField(name = "contacts_level", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "contactsVisibility")))
    public Visibility getContactsLevel() {
        return contactsVisibility == null ? Visibility.PUBLIC : contactsVisibility;
    }

    private static String text(ProfileEntry entry) {
        return entry.description() == null || entry.description().isBlank()
                ? entry.title()
                : entry.title() + ": " + entry.description();
    }
}
