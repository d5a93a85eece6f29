package org.clusteratlas.membership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clusteratlas.membership.ApplicationData;
import org.clusteratlas.membership.ApplicationStatus;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.shared.AssignedIdEntity;

/**
 * One organization's application to join one network, with the office's decision. The applicant's statements are
 * kept as submitted, also after the decision: they are the record of what the office decided on.
 */
@Entity
@Table(name = "membership_application")
public class MembershipApplication extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ApplicationStatus status;

    @Column(name = "organization_name", nullable = false, length = 200)
    private String organizationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganizationKind kind;

    @Column(name = "postal_code", nullable = false, length = 10)
    private String postalCode;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(length = 300)
    private String website;

    private Integer employees;

    @Column(name = "part_of_group", nullable = false)
    private boolean partOfGroup;

    @Column(name = "contact_first_name", nullable = false, length = 100)
    private String contactFirstName;

    @Column(name = "contact_last_name", nullable = false, length = 100)
    private String contactLastName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    /** One competence per line. */
    @Column(length = 5000)
    private String competences;

    @Column(length = 5000)
    private String message;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "decided_by_name", length = 120)
    private String decidedByName;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Column(name = "organization_id")
    private UUID organizationId;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    /** The explanations of the checks that were open when the office admitted anyway, one per line. */
    @Column(name = "overridden_rules", length = 2000)
    private String overriddenRules;

    @Version
    private long version;

    protected MembershipApplication() {}

    public MembershipApplication(UUID networkId, ApplicationData data) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.status = ApplicationStatus.PENDING;
        this.organizationName = data.organizationName();
        this.kind = data.kind();
        this.postalCode = data.postalCode();
        this.city = data.city();
        this.website = data.website();
        this.employees = data.employees();
        this.partOfGroup = data.partOfGroup();
        this.contactFirstName = data.contactFirstName();
        this.contactLastName = data.contactLastName();
        this.email = data.email();
        this.phone = data.phone();
        this.competences = String.join("\n", data.competences());
        this.message = data.message();
        this.language = data.language().getLanguage();
        this.submittedAt = Instant.now();
    }

    public ApplicationData data() {
        List<String> list = competences == null || competences.isBlank()
                ? List.of()
                : Arrays.stream(competences.split("\n")).toList();
        return new ApplicationData(
                organizationName,
                kind,
                postalCode,
                city,
                website,
                employees,
                partOfGroup,
                contactFirstName,
                contactLastName,
                email,
                phone,
                list,
                message,
                Locale.forLanguageTag(language));
    }

    /**
     * @param overrideReason why the office admits despite open checks; null when none were open
     * @param overridden the explanations of the open checks, kept as they read at the decision
     */
    public void accept(
            UUID by, String byName, String note, UUID organization, String overrideReason, List<String> overridden) {
        decide(ApplicationStatus.ACCEPTED, by, byName, note);
        this.organizationId = organization;
        this.overrideReason = overrideReason;
        String rules = String.join("\n", overridden);
        this.overriddenRules = rules.isEmpty() ? null : rules.length() <= 2000 ? rules : rules.substring(0, 2000);
    }

    public void reject(UUID by, String byName, String note) {
        decide(ApplicationStatus.REJECTED, by, byName, note);
    }

    private void decide(ApplicationStatus decision, UUID by, String byName, String note) {
        if (status != ApplicationStatus.PENDING) {
            throw new IllegalStateException("Application " + id + " is decided already");
        }
        this.status = decision;
        this.decidedAt = Instant.now();
        this.decidedBy = by;
        this.decidedByName = byName;
        this.decisionNote = note;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public List<String> getOverriddenRules() {
        return overriddenRules == null ? List.of() : List.of(overriddenRules.split("\n"));
    }
}
