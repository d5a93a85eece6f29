package org.clusteratlas.membership.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.membership.AdmissionRules;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.shared.AssignedIdEntity;

/** The admission rules a network's office set; one row per network, replaced as a whole. */
@Entity
@Table(name = "admission_rules")
public class AdmissionRuleSet extends AssignedIdEntity {

    @Id
    @Column(name = "network_id")
    private UUID networkId;

    /** Comma-separated {@link OrganizationKind} names. */
    @Column(name = "allowed_kinds", nullable = false, length = 300)
    private String allowedKinds;

    /** Comma-separated "from-to" pairs. */
    @Column(name = "postal_ranges", length = 2000)
    private String postalRanges;

    /** Federal state names separated by commas (no state name contains one). */
    @Column(name = "federal_states", length = 1000)
    private String federalStates;

    @Column(name = "max_employees")
    private Integer maxEmployees;

    @Column(name = "exclude_groups", nullable = false)
    private boolean excludeGroups;

    @ElementCollection
    @CollectionTable(name = "admission_required_document", joinColumns = @JoinColumn(name = "network_id"))
    @OrderColumn(name = "position")
    private List<Document> documents = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", length = 120)
    private String updatedByName;

    @Version
    private long version;

    protected AdmissionRuleSet() {}

    public AdmissionRuleSet(UUID networkId) {
        this.networkId = networkId;
    }

    /** Replaces the rules; they have been validated by the caller. */
    public void replace(AdmissionRules rules, String by) {
        this.allowedKinds =
                String.join(",", rules.allowedKinds().stream().map(Enum::name).toList());
        this.postalRanges = join(
                rules.postalRanges().stream().map(r -> r.from() + "-" + r.to()).toList());
        this.federalStates = join(rules.federalStates());
        this.maxEmployees = rules.maxEmployees();
        this.excludeGroups = rules.excludeGroups();
        this.documents.clear();
        rules.requiredDocuments().forEach(d -> documents.add(new Document(d.code(), d.nameDe(), d.nameEn())));
        this.updatedAt = Instant.now();
        this.updatedByName = by;
    }

    public AdmissionRules rules() {
        return new AdmissionRules(
                split(allowedKinds).stream().map(OrganizationKind::valueOf).toList(),
                split(postalRanges).stream()
                        .map(r -> new AdmissionRules.PostalRange(r.substring(0, 5), r.substring(6)))
                        .toList(),
                split(federalStates),
                maxEmployees,
                excludeGroups,
                documents.stream()
                        .map(d -> new AdmissionRules.RequiredDocument(d.code, d.nameDe, d.nameEn))
                        .toList());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }

    @Override
    public UUID getId() {
        return networkId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public long getVersion() {
        return version;
    }

    @Embeddable
    public static class Document {

        @Column(nullable = false, length = 60)
        private String code;

        @Column(name = "name_de", nullable = false, length = 100)
        private String nameDe;

        @Column(name = "name_en", length = 100)
        private String nameEn;

        protected Document() {}

        Document(String code, String nameDe, String nameEn) {
            this.code = code;
            this.nameDe = nameDe;
            this.nameEn = nameEn;
        }
    }
}
