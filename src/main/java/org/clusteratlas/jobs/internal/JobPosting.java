package org.clusteratlas.jobs.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.clusteratlas.jobs.ApplicationChannel;
import org.clusteratlas.jobs.EmploymentType;
import org.clusteratlas.jobs.JobKind;
import org.clusteratlas.jobs.PostingStatus;
import org.clusteratlas.jobs.RemoteOption;
import org.clusteratlas.jobs.SalaryPeriod;
import org.clusteratlas.organization.search.SearchAnalysis;
import org.clusteratlas.shared.AssignedIdEntity;
import org.clusteratlas.shared.LocalizedText;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A job posting, and the document of the job index. Texts are indexed with the analyzers of the competence search
 * (German with compounds, English stemmed, prefixes while typing), both languages of title and description in the
 * same fields, so that a query in either language finds a posting written in the other as far as words allow, and
 * skills match by concept.
 */
@Entity
@Table(name = "job_posting")
@Indexed(index = "job_posting")
public class JobPosting extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @KeywordField(aggregable = Aggregable.YES)
    private JobKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "title_de", length = 200)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 200))
    })
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "description_de", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 20000))
    })
    private LocalizedText description;

    @ElementCollection
    @CollectionTable(name = "job_posting_location", joinColumns = @JoinColumn(name = "posting_id"))
    @OrderColumn(name = "sort_order")
    private List<JobLocation> locations = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    @KeywordField(aggregable = Aggregable.YES)
    private RemoteOption remote;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false, length = 20)
    private EmploymentType employmentType;

    @Column(name = "hours_per_week", precision = 5, scale = 2)
    private BigDecimal hoursPerWeek;

    @Column(name = "salary_min", precision = 12, scale = 2)
    private BigDecimal salaryMin;

    @Column(name = "salary_max", precision = 12, scale = 2)
    private BigDecimal salaryMax;

    @Column(name = "salary_currency", length = 3)
    private String salaryCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "salary_period", length = 10)
    private SalaryPeriod salaryPeriod;

    @ElementCollection
    @CollectionTable(name = "job_posting_skill", joinColumns = @JoinColumn(name = "posting_id"))
    @Column(name = "concept_uri", nullable = false, length = 300)
    @KeywordField(name = "skills", aggregable = Aggregable.YES)
    private Set<String> skills = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "job_posting_network", joinColumns = @JoinColumn(name = "posting_id"))
    @Column(name = "network_id", nullable = false)
    private Set<UUID> networkIds = new LinkedHashSet<>();

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "apply_channel", nullable = false, length = 20)
    private ApplicationChannel channel;

    @Column(name = "apply_email", length = 254)
    private String applyEmail;

    @Column(name = "apply_url", length = 500)
    private String applyUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private PostingStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "published_at")
    @GenericField(name = "publishedAt", sortable = Sortable.YES)
    private Instant publishedAt;

    @Column(name = "valid_through", nullable = false)
    @GenericField(name = "validThrough")
    private LocalDate validThrough;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected JobPosting() {}

    public JobPosting(UUID organizationId, String slug, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.slug = slug;
        this.status = PostingStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The posting's content as its organization wrote it; status and dates are changed by the lifecycle methods. */
    public record Content(
            JobKind kind,
            LocalizedText title,
            LocalizedText description,
            List<JobLocation> locations,
            RemoteOption remote,
            EmploymentType employmentType,
            BigDecimal hoursPerWeek,
            BigDecimal salaryMin,
            BigDecimal salaryMax,
            String salaryCurrency,
            SalaryPeriod salaryPeriod,
            Set<String> skills,
            LocalDate startDate,
            UUID contactId,
            String contactName,
            String contactEmail,
            ApplicationChannel channel,
            String applyEmail,
            String applyUrl) {}

    public void write(Content content, Set<UUID> networks, LocalDate validThrough, Instant now) {
        this.kind = content.kind();
        this.title = content.title();
        this.description = content.description();
        this.locations.clear();
        this.locations.addAll(content.locations());
        this.remote = content.remote();
        this.employmentType = content.employmentType();
        this.hoursPerWeek = content.hoursPerWeek();
        this.salaryMin = content.salaryMin();
        this.salaryMax = content.salaryMax();
        this.salaryCurrency = content.salaryCurrency();
        this.salaryPeriod = content.salaryPeriod();
        this.skills.clear();
        this.skills.addAll(content.skills());
        this.startDate = content.startDate();
        this.contactId = content.contactId();
        this.contactName = content.contactName();
        this.contactEmail = content.contactEmail();
        this.channel = content.channel();
        this.applyEmail = content.applyEmail();
        this.applyUrl = content.applyUrl();
        this.networkIds.clear();
        this.networkIds.addAll(networks);
        if (!validThrough.equals(this.validThrough)) {
            // A new end date deserves a new reminder.
            this.remindedAt = null;
        }
        this.validThrough = validThrough;
        this.updatedAt = now;
    }

    /** Moves to the status; the first publication dates the posting. */
    public void changeStatus(PostingStatus status, String reason, Instant now) {
        this.status = status;
        this.statusReason = reason;
        if (status == PostingStatus.PUBLISHED && publishedAt == null) {
            this.publishedAt = now;
        }
        this.updatedAt = now;
    }

    public void reminded(Instant now) {
        this.remindedAt = now;
    }

    /** All titles and descriptions, both languages, for the text fields of the index. */
    @Transient
    @FullTextField(name = "title", analyzer = SearchAnalysis.GERMAN, searchAnalyzer = SearchAnalysis.GERMAN_QUERY)
    @FullTextField(name = "title_en", analyzer = SearchAnalysis.ENGLISH)
    @FullTextField(
            name = "title_prefix",
            analyzer = SearchAnalysis.PREFIX,
            searchAnalyzer = SearchAnalysis.PREFIX_QUERY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
    public List<String> getTitles() {
        return texts(title);
    }

    @Transient
    @FullTextField(name = "description", analyzer = SearchAnalysis.GERMAN, searchAnalyzer = SearchAnalysis.GERMAN_QUERY)
    @FullTextField(name = "description_en", analyzer = SearchAnalysis.ENGLISH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
    public List<String> getDescriptions() {
        return texts(description);
    }

    @Transient
    @KeywordField(name = "networks", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "networkIds")))
    public List<String> getNetworkKeys() {
        return networkIds.stream().map(UUID::toString).sorted().toList();
    }

    @Transient
    @KeywordField(name = "organization", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organizationId")))
    public String getOrganizationKey() {
        return organizationId.toString();
    }

    /** The located places of work; a posting with several matches a radius around any of them. */
    @Transient
    @GenericField(name = "location")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "locations")))
    public List<org.hibernate.search.engine.spatial.GeoPoint> getPoints() {
        return locations.stream()
                .filter(l -> l.latitude() != null && l.longitude() != null)
                .map(l -> org.hibernate.search.engine.spatial.GeoPoint.of(l.latitude(), l.longitude()))
                .toList();
    }

    private static List<String> texts(LocalizedText text) {
        return text == null
                ? List.of()
                : Stream.of(text.de(), text.en()).filter(t -> t != null).toList();
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public JobKind getKind() {
        return kind;
    }

    public LocalizedText getTitle() {
        return title == null ? LocalizedText.empty() : title;
    }

    public LocalizedText getDescription() {
        return description == null ? LocalizedText.empty() : description;
    }

    public List<JobLocation> getLocations() {
        return locations;
    }

    public RemoteOption getRemote() {
        return remote;
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public BigDecimal getSalaryMin() {
        return salaryMin;
    }

    public BigDecimal getSalaryMax() {
        return salaryMax;
    }

    public String getSalaryCurrency() {
        return salaryCurrency;
    }

    public SalaryPeriod getSalaryPeriod() {
        return salaryPeriod;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public Set<UUID> getNetworkIds() {
        return networkIds;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public UUID getContactId() {
        return contactId;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public ApplicationChannel getChannel() {
        return channel;
    }

    public String getApplyEmail() {
        return applyEmail;
    }

    public String getApplyUrl() {
        return applyUrl;
    }

    public PostingStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getValidThrough() {
        return validThrough;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
