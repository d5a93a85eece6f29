package org.clusteratlas.project.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.project.ProjectStatus;
import org.clusteratlas.project.ProjectVisibility;
import org.clusteratlas.shared.AssignedIdEntity;

/** A joint project of one network; partners and milestones are parts of it, replaced with it. */
@Entity
@Table(name = "project")
public class Project extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false, length = 60)
    private String slug;

    @Column(name = "title_de", nullable = false, length = 200)
    private String titleDe;

    @Column(name = "title_en", length = 200)
    private String titleEn;

    @Column(name = "description_de", length = 10000)
    private String descriptionDe;

    @Column(name = "description_en", length = 10000)
    private String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProjectStatus status;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "programme_id")
    private UUID programmeId;

    @Column(precision = 12, scale = 2)
    private BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProjectVisibility visibility;

    @ElementCollection
    @CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Partner> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_milestone", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Project() {}

    public Project(UUID networkId, String slug) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.slug = slug;
        this.createdAt = Instant.now();
    }

    /** Replaces everything but the slug; the values have been validated. */
    public void replace(
            String titleDe,
            String titleEn,
            String descriptionDe,
            String descriptionEn,
            ProjectStatus status,
            LocalDate startsOn,
            LocalDate endsOn,
            UUID programmeId,
            BigDecimal budget,
            ProjectVisibility visibility,
            List<Partner> partners,
            List<Milestone> milestones) {
        this.titleDe = titleDe;
        this.titleEn = titleEn;
        this.descriptionDe = descriptionDe;
        this.descriptionEn = descriptionEn;
        this.status = status;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.programmeId = programmeId;
        this.budget = budget;
        this.visibility = visibility;
        this.partners.clear();
        this.partners.addAll(partners);
        this.milestones.clear();
        this.milestones.addAll(milestones);
        this.updatedAt = Instant.now();
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public UUID getProgrammeId() {
        return programmeId;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public ProjectVisibility getVisibility() {
        return visibility;
    }

    public List<Partner> getPartners() {
        return List.copyOf(partners);
    }

    public List<Milestone> getMilestones() {
        return List.copyOf(milestones);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** An organization of the platform ({@code organizationId}) or an external one ({@code name}). */
    @Embeddable
    public static class Partner {

        @Column(name = "organization_id")
        private UUID organizationId;

        @Column(length = 200)
        private String name;

        @Column(length = 200)
        private String role;

        protected Partner() {}

        public Partner(UUID organizationId, String name, String role) {
            this.organizationId = organizationId;
            this.name = name;
            this.role = role;
        }

        public UUID getOrganizationId() {
            return organizationId;
        }

        public String getName() {
            return name;
        }

        public String getRole() {
            return role;
        }
    }

    @Embeddable
    public static class Milestone {

        @Column(nullable = false, length = 200)
        private String title;

        @Column(name = "due_on")
        private LocalDate dueOn;

        @Column(nullable = false)
        private boolean done;

        @Column(name = "done_on")
        private LocalDate doneOn;

        protected Milestone() {}

        public Milestone(String title, LocalDate dueOn, boolean done, LocalDate doneOn) {
            this.title = title;
            this.dueOn = dueOn;
            this.done = done;
            this.doneOn = doneOn;
        }

        public String getTitle() {
            return title;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public boolean isDone() {
            return done;
        }

        public LocalDate getDoneOn() {
            return doneOn;
        }
    }
}
