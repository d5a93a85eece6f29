package org.clusteratlas.project;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationDetails;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.project.internal.FundingProgramme;
import org.clusteratlas.project.internal.FundingProgrammes;
import org.clusteratlas.project.internal.Project;
import org.clusteratlas.project.internal.ProjectDocument;
import org.clusteratlas.project.internal.ProjectDocuments;
import org.clusteratlas.project.internal.ProjectRecords;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.Slugs;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.storage.BlobStorage;
import org.clusteratlas.shared.storage.PdfUploads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project module's API. Everyone sees public projects, members of the network also members-only ones, the office
 * all of them; a project the reader may not see is "not found". Only the network's office (and platform admins)
 * writes; a reader who sees a project without running its office is refused.
 */
@Service
@Transactional
public class Projects {

    public static final String CURRENCY = "EUR";
    public static final int MAX_PARTNERS = 50;
    public static final int MAX_MILESTONES = 100;

    /** Path segments of the office pages that a project slug must never take. */
    private static final Set<String> RESERVED_SLUGS = Set.of("new", "programmes");

    private static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999.99");

    private final ProjectRecords projects;
    private final FundingProgrammes programmes;
    private final ProjectDocuments documents;
    private final Networks networks;
    private final Organizations organizations;
    private final CurrentUsers currentUsers;
    private final BlobStorage blobs;
    private final MessageSource messages;

    Projects(
            ProjectRecords projects,
            FundingProgrammes programmes,
            ProjectDocuments documents,
            Networks networks,
            Organizations organizations,
            CurrentUsers currentUsers,
            BlobStorage blobs,
            MessageSource messages) {
        this.projects = projects;
        this.programmes = programmes;
        this.documents = documents;
        this.networks = networks;
        this.organizations = organizations;
        this.currentUsers = currentUsers;
        this.blobs = blobs;
        this.messages = messages;
    }

    /** The network's projects the current person may see: running first, then planned, then completed. */
    @Transactional(readOnly = true)
    public List<ProjectView> list(String networkSlug) {
        NetworkSummary network = network(networkSlug);
        CurrentUser user = currentUsers.current();
        return projects.findByNetworkId(network.id()).stream()
                .filter(p -> canSee(user, p))
                .sorted(order())
                .map(p -> view(network, p, user))
                .toList();
    }

    /** The latest public projects of the network, for its public page; never members-only or office ones. */
    @Transactional(readOnly = true)
    public List<ProjectView> latestPublic(String networkSlug, int count) {
        NetworkSummary network = network(networkSlug);
        CurrentUser user = currentUsers.current();
        return projects.findByNetworkId(network.id()).stream()
                .filter(p -> p.getVisibility() == ProjectVisibility.PUBLIC)
                .sorted(Comparator.comparing(Project::getUpdatedAt).reversed())
                .limit(count)
                .map(p -> view(network, p, user))
                .toList();
    }

    /** A project by its slug in the network; {@link NotFoundException} when unknown or not visible. */
    @Transactional(readOnly = true)
    public ProjectView get(String networkSlug, String projectSlug) {
        NetworkSummary network = network(networkSlug);
        Project project = visible(projects.findByNetworkIdAndSlug(network.id(), projectSlug));
        return view(network, project, currentUsers.current());
    }

    /** A project by id; {@link NotFoundException} when unknown or not visible. */
    @Transactional(readOnly = true)
    public ProjectView get(UUID id) {
        Project project = visible(projects.findById(id));
        return view(networkOf(project), project, currentUsers.current());
    }

    /**
     * Creates a project in the network, its slug taken from the German title.
     *
     * @throws ValidationFailedException with field messages in the caller's language
     */
    public ProjectView create(String networkSlug, ProjectCommand command) {
        NetworkSummary network = office(networkSlug);
        Validated valid = validate(network, command, List.of());
        String slug = Slugs.free(
                Slugs.of(valid.titleDe),
                s -> RESERVED_SLUGS.contains(s) || projects.existsByNetworkIdAndSlug(network.id(), s));
        Project project = new Project(network.id(), slug);
        apply(project, command, valid);
        return view(network, projects.saveAndFlush(project), currentUsers.current());
    }

    /**
     * Replaces the project's content; the slug stays.
     *
     * @param expectedVersion the version the change is based on; null to skip the check
     * @throws OptimisticLockingFailureException when the project changed since that version
     */
    public ProjectView update(UUID id, Long expectedVersion, ProjectCommand command) {
        Project project = managed(id);
        if (expectedVersion != null && expectedVersion != project.getVersion()) {
            throw new OptimisticLockingFailureException("project changed");
        }
        NetworkSummary network = networkOf(project);
        List<UUID> current = project.getPartners().stream()
                .map(Project.Partner::getOrganizationId)
                .filter(java.util.Objects::nonNull)
                .toList();
        apply(project, command, validate(network, command, current));
        return view(network, projects.saveAndFlush(project), currentUsers.current());
    }

    /** Deletes the project with its documents. */
    public void delete(UUID id) {
        Project project = managed(id);
        for (ProjectDocument document : documents.findByProjectIdOrderByUploadedAt(id)) {
            blobs.delete(document.getStorageKey());
            documents.delete(document);
        }
        projects.delete(project);
    }

    /** Whether the current person may change the project (for showing the office's links). */
    @Transactional(readOnly = true)
    public boolean canManage(String networkSlug) {
        return networks.findBySlug(networkSlug)
                .map(n -> networks.canManage(n.id()))
                .orElse(false);
    }

    /**
     * Adds a checked PDF to the project.
     *
     * @param publicDocument shown to whoever sees the project; otherwise to the office only
     */
    public ProjectView.DocumentView addDocument(
            UUID projectId, String title, boolean publicDocument, PdfUploads.CheckedPdf pdf) {
        Project project = managed(projectId);
        String name = strip(title);
        if (name == null || name.length() > 200) {
            throw new ValidationFailedException(List.of(field("title", "project.document.title-required")));
        }
        ProjectDocument document = documents.save(
                new ProjectDocument(project.getId(), name, pdf.fileName(), pdf.bytes().length, publicDocument));
        blobs.put(document.getStorageKey(), pdf.bytes());
        return documentView(document);
    }

    public void deleteDocument(UUID projectId, UUID documentId) {
        Project project = managed(projectId);
        ProjectDocument document = documents
                .findByIdAndProjectId(documentId, project.getId())
                .orElseThrow(() -> new NotFoundException("document"));
        blobs.delete(document.getStorageKey());
        documents.delete(document);
    }

    /**
     * A document's bytes, for whoever may see it: a public document of a project the reader sees, any document for the
     * office. {@link NotFoundException} otherwise, so that nothing leaks.
     */
    @Transactional(readOnly = true)
    public DocumentContent document(UUID projectId, UUID documentId) {
        CurrentUser user = currentUsers.current();
        Project project = visible(projects.findById(projectId));
        ProjectDocument document = documents
                .findByIdAndProjectId(documentId, project.getId())
                .filter(d -> canSee(user, project, d))
                .orElseThrow(() -> new NotFoundException("document"));
        InputStream content = blobs.get(document.getStorageKey()).orElseThrow(() -> new NotFoundException("document"));
        return new DocumentContent(document.getFileName(), document.getSize(), content);
    }

    /** The programmes the network's projects may name: its own and the platform-wide ones. Office only. */
    @Transactional(readOnly = true)
    public List<ProgrammeView> programmes(String networkSlug) {
        NetworkSummary network = office(networkSlug);
        return programmes.availableTo(network.id()).stream()
                .map(p -> programmeView(p, network.slug()))
                .toList();
    }

    /**
     * Records a funding programme of the network, or a platform-wide one for a null network (platform admins only).
     *
     * @throws ValidationFailedException with field messages in the caller's language
     */
    public ProgrammeView createProgramme(String networkSlug, ProgrammeCommand command) {
        NetworkSummary network = null;
        if (networkSlug == null) {
            if (!currentUsers.current().platformAdmin()) {
                throw new AccessDeniedException("platform-wide programmes are for platform admins");
            }
        } else {
            network = office(networkSlug);
        }
        List<FieldMessage> errors = new ArrayList<>();
        String nameDe = required(command.nameDe(), "nameDe", 200, errors);
        String nameEn = optional(command.nameEn(), "nameEn", 200, errors);
        String funder = required(command.funder(), "funder", 200, errors);
        String url = optional(command.url(), "url", 500, errors);
        if (url != null && !isWebAddress(url)) {
            errors.add(field("url", "project.url.invalid"));
        }
        if (command.startsOn() != null
                && command.endsOn() != null
                && command.endsOn().isBefore(command.startsOn())) {
            errors.add(field("endsOn", "project.ends-before-starts"));
        }
        BigDecimal rate = command.fundingRate();
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(field("fundingRate", "project.programme.rate"));
        }
        String notes = optional(command.notes(), "notes", 4000, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        FundingProgramme programme = programmes.save(new FundingProgramme(
                network == null ? null : network.id(),
                nameDe,
                nameEn,
                funder,
                url,
                command.startsOn(),
                command.endsOn(),
                rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP),
                notes));
        return programmeView(programme, network == null ? null : network.slug());
    }

    private void apply(Project project, ProjectCommand command, Validated valid) {
        project.replace(
                valid.titleDe,
                strip(command.titleEn()),
                strip(command.descriptionDe()),
                strip(command.descriptionEn()),
                command.status(),
                command.startsOn(),
                command.endsOn(),
                command.programmeId(),
                valid.budget,
                command.visibility(),
                valid.partners,
                valid.milestones);
    }

    private record Validated(
            String titleDe, BigDecimal budget, List<Project.Partner> partners, List<Project.Milestone> milestones) {}

    /**
     * @param currentPartners organizations already partners of the project: kept even when the office cannot open
     *     their profile (it chose them when it could, or the profile's visibility changed since)
     */
    private Validated validate(NetworkSummary network, ProjectCommand command, List<UUID> currentPartners) {
        List<FieldMessage> errors = new ArrayList<>();
        String titleDe = required(command.titleDe(), "titleDe", 200, errors);
        optional(command.titleEn(), "titleEn", 200, errors);
        optional(command.descriptionDe(), "descriptionDe", 10000, errors);
        optional(command.descriptionEn(), "descriptionEn", 10000, errors);
        if (command.status() == null) {
            errors.add(field("status", "project.required"));
        }
        if (command.visibility() == null) {
            errors.add(field("visibility", "project.required"));
        }
        if (command.startsOn() != null
                && command.endsOn() != null
                && command.endsOn().isBefore(command.startsOn())) {
            errors.add(field("endsOn", "project.ends-before-starts"));
        }
        if (command.programmeId() != null
                && programmes
                        .findById(command.programmeId())
                        .filter(p ->
                                p.getNetworkId() == null || p.getNetworkId().equals(network.id()))
                        .isEmpty()) {
            errors.add(field("programmeId", "project.programme.unknown"));
        }
        BigDecimal budget = command.budget();
        if (budget != null) {
            budget = budget.setScale(2, RoundingMode.HALF_UP);
            if (budget.signum() < 0) {
                errors.add(field("budget", "project.budget.negative"));
            } else if (budget.compareTo(MAX_BUDGET) > 0) {
                errors.add(field("budget", "project.budget.too-large"));
            }
        }
        List<Project.Partner> partners = new ArrayList<>();
        if (command.partners().size() > MAX_PARTNERS) {
            errors.add(field("partners", "project.too-many", MAX_PARTNERS));
        }
        for (int i = 0; i < command.partners().size(); i++) {
            ProjectCommand.Partner partner = command.partners().get(i);
            String path = "partners[" + i + "]";
            String role = optional(partner.role(), path + ".role", 200, errors);
            String slug = strip(partner.organization());
            if (partner.organizationId() != null || slug != null) {
                Optional<UUID> organization = partner.organizationId() != null
                        ? findOrganization(partner.organizationId()).map(OrganizationDetails::id)
                        : organizations.findBySlug(slug).map(OrganizationDetails::id);
                if (organization.isEmpty()) {
                    organization = organizations.references(currentPartners).values().stream()
                            .filter(o -> o.id().equals(partner.organizationId())
                                    || o.slug().equals(slug))
                            .map(o -> o.id())
                            .findFirst();
                }
                if (organization.isEmpty()) {
                    errors.add(field(
                            path + ".organization",
                            "project.partner.unknown",
                            slug != null ? slug : partner.organizationId()));
                } else {
                    partners.add(new Project.Partner(organization.get(), null, role));
                }
            } else {
                String name = optional(partner.name(), path + ".name", 200, errors);
                if (name == null) {
                    errors.add(field(path + ".name", "project.partner.missing"));
                } else {
                    partners.add(new Project.Partner(null, name, role));
                }
            }
        }
        List<Project.Milestone> milestones = new ArrayList<>();
        if (command.milestones().size() > MAX_MILESTONES) {
            errors.add(field("milestones", "project.too-many", MAX_MILESTONES));
        }
        for (int i = 0; i < command.milestones().size(); i++) {
            ProjectCommand.Milestone milestone = command.milestones().get(i);
            String title = required(milestone.title(), "milestones[" + i + "].title", 200, errors);
            boolean done = Boolean.TRUE.equals(milestone.done()) || milestone.doneOn() != null;
            if (title != null) {
                milestones.add(new Project.Milestone(title, milestone.dueOn(), done, milestone.doneOn()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new Validated(titleDe, budget, partners, milestones);
    }

    /**
     * The organization if the current person may see it. NOTE: not through {@code organizations.get}, whose
     * NotFoundException would mark this transaction rollback-only and turn a page with a hidden partner into an error.
     */
    private Optional<OrganizationDetails> findOrganization(UUID id) {
        return organizations.reference(id).flatMap(ref -> organizations.findBySlug(ref.slug()));
    }

    private ProjectView view(NetworkSummary network, Project project, CurrentUser user) {
        ProgrammeView programme = project.getProgrammeId() == null
                ? null
                : programmes
                        .findById(project.getProgrammeId())
                        .map(p -> programmeView(p, p.getNetworkId() == null ? null : network.slug()))
                        .orElse(null);
        List<ProjectView.PartnerView> partners = new ArrayList<>();
        for (Project.Partner partner : project.getPartners()) {
            if (partner.getOrganizationId() == null) {
                if (partner.getName() != null) {
                    partners.add(new ProjectView.PartnerView(null, null, partner.getName(), partner.getRole()));
                }
                continue;
            }
            if (user.managesNetwork(project.getNetworkId())) {
                // The office chose the partner and edits the list: it gets every partner, or saving the form would
                // drop those whose profile it cannot open.
                organizations
                        .reference(partner.getOrganizationId())
                        .ifPresent(o -> partners.add(
                                new ProjectView.PartnerView(o.id(), o.slug(), o.name(), partner.getRole())));
                continue;
            }
            // A partner's profile the reader may not see is left out: its name alone would say it is on the platform.
            findOrganization(partner.getOrganizationId())
                    .ifPresent(o -> partners.add(new ProjectView.PartnerView(
                            o.id(), o.slug(), o.data().name(), partner.getRole())));
        }
        return new ProjectView(
                project.getId(),
                network.slug(),
                project.getSlug(),
                new LocalizedText(project.getTitleDe(), project.getTitleEn()),
                new LocalizedText(project.getDescriptionDe(), project.getDescriptionEn()),
                project.getStatus(),
                project.getStartsOn(),
                project.getEndsOn(),
                programme,
                project.getBudget(),
                project.getBudget() == null ? null : CURRENCY,
                project.getVisibility(),
                partners,
                project.getMilestones().stream()
                        .map(m -> new ProjectView.MilestoneView(m.getTitle(), m.getDueOn(), m.isDone(), m.getDoneOn()))
                        .toList(),
                documents.findByProjectIdOrderByUploadedAt(project.getId()).stream()
                        .filter(d -> canSee(user, project, d))
                        .map(Projects::documentView)
                        .toList(),
                project.getUpdatedAt(),
                project.getVersion());
    }

    private static ProjectView.DocumentView documentView(ProjectDocument d) {
        return new ProjectView.DocumentView(
                d.getId(), d.getTitle(), d.getFileName(), d.getSize(), d.isPublicDocument());
    }

    private static ProgrammeView programmeView(FundingProgramme p, String networkSlug) {
        return new ProgrammeView(
                p.getId(),
                networkSlug,
                new LocalizedText(p.getNameDe(), p.getNameEn()),
                p.getFunder(),
                p.getUrl(),
                p.getStartsOn(),
                p.getEndsOn(),
                p.getFundingRate(),
                p.getNotes());
    }

    private static boolean canSee(CurrentUser user, Project project) {
        return switch (project.getVisibility()) {
            case PUBLIC -> true;
            case MEMBERS -> user.platformAdmin() || user.belongsToNetwork(project.getNetworkId());
            case OFFICE -> user.managesNetwork(project.getNetworkId());
        };
    }

    private static boolean canSee(CurrentUser user, Project project, ProjectDocument document) {
        return user.managesNetwork(project.getNetworkId()) || (document.isPublicDocument() && canSee(user, project));
    }

    private static Comparator<Project> order() {
        return Comparator.comparing((Project p) -> switch (p.getStatus()) {
                    case RUNNING -> 0;
                    case PLANNED -> 1;
                    case COMPLETED -> 2;
                })
                .thenComparing(Project::getUpdatedAt, Comparator.reverseOrder());
    }

    private Project visible(Optional<Project> project) {
        CurrentUser user = currentUsers.current();
        return project.filter(p -> canSee(user, p)).orElseThrow(() -> new NotFoundException("project"));
    }

    /** The project for a change: not found when the person may not see it, refused when they may not change it. */
    private Project managed(UUID id) {
        Project project = visible(projects.findById(id));
        networks.requireManager(project.getNetworkId());
        return project;
    }

    private NetworkSummary networkOf(Project project) {
        return networks.findById(project.getNetworkId()).orElseThrow(() -> new NotFoundException("network"));
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }

    private NetworkSummary office(String slug) {
        NetworkSummary network = network(slug);
        networks.requireManager(network.id());
        return network;
    }

    private String required(String text, String field, int max, List<FieldMessage> errors) {
        String value = strip(text);
        if (value == null) {
            errors.add(field(field, "project.required"));
        } else if (value.length() > max) {
            errors.add(field(field, "project.too-long", max));
        }
        return value;
    }

    private String optional(String text, String field, int max, List<FieldMessage> errors) {
        String value = strip(text);
        if (value != null && value.length() > max) {
            errors.add(field(field, "project.too-long", max));
        }
        return value;
    }

    private FieldMessage field(String field, String key, Object... args) {
        return new FieldMessage(field, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A document's bytes; the caller closes the stream. */
    public record DocumentContent(String fileName, long size, InputStream content) {}
}
