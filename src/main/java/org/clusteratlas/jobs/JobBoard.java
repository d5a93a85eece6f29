package org.clusteratlas.jobs;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.jobs.internal.JobLocation;
import org.clusteratlas.jobs.internal.JobPosting;
import org.clusteratlas.jobs.internal.JobPostings;
import org.clusteratlas.jobs.internal.JobReport;
import org.clusteratlas.jobs.internal.JobReports;
import org.clusteratlas.jobs.internal.NetworkJobSetting;
import org.clusteratlas.jobs.internal.NetworkJobSettings;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationRef;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.Slugs;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job board's postings: written by the editors of a member organization (or its networks' offices and platform
 * admins), published at once or after the office's approval where the network wants that, shown until their
 * {@code validThrough} day, reported by anyone and taken down by the office.
 *
 * <p>Whoever may not see a posting that is not public gets {@link NotFoundException}, so its existence does not leak.
 */
@Service
@Transactional
public class JobBoard {

    private static final Logger log = LoggerFactory.getLogger(JobBoard.class);

    private final JobPostings postings;
    private final JobReports reports;
    private final NetworkJobSettings settings;
    private final Organizations organizations;
    private final Networks networks;
    private final CurrentUsers currentUsers;
    private final Gazetteer gazetteer;
    private final Taxonomy taxonomy;
    private final Validator validator;
    private final MessageSource messages;
    private final Mailer mailer;
    private final Accounts accounts;
    private final AtlasProperties atlas;
    private final JobsProperties properties;
    private final Clock clock;

    JobBoard(
            JobPostings postings,
            JobReports reports,
            NetworkJobSettings settings,
            Organizations organizations,
            Networks networks,
            CurrentUsers currentUsers,
            Gazetteer gazetteer,
            Taxonomy taxonomy,
            Validator validator,
            MessageSource messages,
            Mailer mailer,
            Accounts accounts,
            AtlasProperties atlas,
            JobsProperties properties) {
        this.postings = postings;
        this.reports = reports;
        this.settings = settings;
        this.organizations = organizations;
        this.networks = networks;
        this.currentUsers = currentUsers;
        this.gazetteer = gazetteer;
        this.taxonomy = taxonomy;
        this.validator = validator;
        this.messages = messages;
        this.mailer = mailer;
        this.accounts = accounts;
        this.atlas = atlas;
        this.properties = properties;
        this.clock = Clock.system(atlas.zone());
    }

    /** What the current person may do with a posting, for showing the right buttons. */
    public record Permissions(boolean edit, boolean office) {}

    /** An open report of a posting, for the office. */
    public record ReportView(
            UUID id, UUID postingId, String postingSlug, String postingTitle, String reason, Instant createdAt) {}

    // ---------------------------------------------------------------------------------------------- reading

    /**
     * The posting by id or slug: public ones for everybody, the others for the organization's editors and offices.
     *
     * @throws NotFoundException for anything else
     */
    @Transactional(readOnly = true)
    public PostingView get(String idOrSlug) {
        JobPosting posting = find(idOrSlug).orElseThrow(() -> new NotFoundException("job"));
        if (!shown(posting) && !canEdit(currentUsers.current(), posting)) {
            throw new NotFoundException("job");
        }
        return views(List.of(posting)).getFirst();
    }

    @Transactional(readOnly = true)
    public Permissions permissions(PostingView posting) {
        CurrentUser user = currentUsers.current();
        return postings.findById(posting.id())
                .map(p -> new Permissions(canEdit(user, p), isOffice(user, p)))
                .orElse(new Permissions(false, false));
    }

    /** All postings of the organization, newest first; for its editors and offices. */
    @Transactional(readOnly = true)
    public List<PostingView> forOrganization(UUID organizationId) {
        requireEditor(organizationId);
        return views(postings.findByOrganizationIdOrderByCreatedAtDesc(organizationId));
    }

    /** Whether the current person may post for the organization (its editors, its networks' offices, admins). */
    @Transactional(readOnly = true)
    public boolean canPost(UUID organizationId) {
        CurrentUser user = currentUsers.current();
        return organizations
                .reference(organizationId)
                .map(o -> canEdit(user, o.id(), o.networkIds()))
                .orElse(false);
    }

    /**
     * Whether the current person sees the posting as a candidate: it is public, and its organization's profile is
     * visible to the person (a posting of a draft or a members-only profile is not public, whatever its status).
     */
    boolean shown(JobPosting posting) {
        return isPublic(posting) && organizations.isVisible(posting.getOrganizationId());
    }

    /**
     * The organizations with open postings whose profiles the current person may not see: search leaves their
     * postings out in the index query, so that totals, pages and facets stay right.
     */
    @Transactional(readOnly = true)
    public Set<UUID> hiddenOrganizations() {
        return organizations.invisibleAmong(postings.organizationsWithOpenPostings(PostingStatus.PUBLISHED, today()));
    }

    /**
     * {@link #isPublic(PostingView)}, and its organization's profile is visible to everybody: only then is the
     * posting public (with JSON-LD for search engines); the editors see why when it is not.
     */
    @Transactional(readOnly = true)
    public boolean isShown(PostingView posting) {
        return isPublic(posting) && organizations.isPubliclyVisible(posting.organizationId());
    }

    /** Whether the day is still within the posting's time: public postings disappear the day after validThrough. */
    public boolean isPublic(PostingView posting) {
        return posting.status() == PostingStatus.PUBLISHED
                && !posting.validThrough().isBefore(today());
    }

    // ---------------------------------------------------------------------------------------------- writing

    public PostingView create(PostingCommand command) {
        if (command.organizationId() == null) {
            throw invalid("organizationId", "jobs.error.organization-required");
        }
        OrganizationRef organization = requireEditor(command.organizationId());
        validate(command, organization, null);
        Instant now = clock.instant();
        String base = Slugs.of(
                Optional.ofNullable(command.title().de()).orElse(command.title().en()));
        JobPosting posting = new JobPosting(organization.id(), Slugs.free(base, postings::existsBySlug), now);
        posting.write(content(command, organization), organization.networkIds(), validThrough(command), now);
        applyPublication(posting, command, organization, now);
        return views(List.of(postings.save(posting))).getFirst();
    }

    /**
     * Replaces the posting's content. {@code expectedVersion} (from the form or {@code If-Match}) refuses a posting
     * changed meanwhile with {@link ConflictException}; null skips the check.
     */
    public PostingView update(UUID id, PostingCommand command, Long expectedVersion) {
        JobPosting posting = editable(id);
        if (expectedVersion != null && expectedVersion != posting.getVersion()) {
            throw new ConflictException("jobs.error.conflict");
        }
        OrganizationRef organization =
                organizations.reference(posting.getOrganizationId()).orElseThrow();
        validate(command, organization, posting);
        Instant now = clock.instant();
        posting.write(content(command, organization), organization.networkIds(), validThrough(command), now);
        applyPublication(posting, command, organization, now);
        return views(List.of(postings.saveAndFlush(posting))).getFirst();
    }

    /** Another period from today, with the original content; back to the office where it approves. */
    public PostingView renew(UUID id) {
        JobPosting posting = editable(id);
        OrganizationRef organization =
                organizations.reference(posting.getOrganizationId()).orElseThrow();
        Instant now = clock.instant();
        PostingCommand same = command(posting, true);
        posting.write(content(same, organization), organization.networkIds(), defaultValidThrough(), now);
        applyPublication(posting, same, organization, now);
        return views(List.of(posting)).getFirst();
    }

    public void delete(UUID id) {
        postings.delete(editable(id));
    }

    private void applyPublication(
            JobPosting posting, PostingCommand command, OrganizationRef organization, Instant now) {
        if (!Boolean.TRUE.equals(command.publish())) {
            posting.changeStatus(PostingStatus.DRAFT, null, now);
            return;
        }
        CurrentUser user = currentUsers.current();
        boolean approval = settings.anyRequiresApproval(orNone(organization.networkIds()))
                && !organization.networkIds().stream().anyMatch(user::managesNetwork);
        if (approval) {
            posting.changeStatus(PostingStatus.PENDING_APPROVAL, null, now);
        } else {
            posting.changeStatus(PostingStatus.PUBLISHED, null, now);
        }
    }

    // ---------------------------------------------------------------------------------------------- office

    /** Whether the network's office approves postings of its members before they are public. */
    @Transactional(readOnly = true)
    public boolean approvalRequired(String networkSlug) {
        NetworkSummary network = managed(networkSlug);
        return settings.findById(network.id())
                .map(NetworkJobSetting::isApprovalRequired)
                .orElse(false);
    }

    public void requireApproval(String networkSlug, boolean required) {
        NetworkSummary network = managed(networkSlug);
        settings.findById(network.id())
                .ifPresentOrElse(
                        s -> s.setApprovalRequired(required),
                        () -> settings.save(new NetworkJobSetting(network.id(), required)));
    }

    /** All postings of the network's member organizations, newest first; for its office. */
    @Transactional(readOnly = true)
    public List<PostingView> forNetwork(String networkSlug) {
        NetworkSummary network = managed(networkSlug);
        return views(postings.findByNetworks(List.of(network.id())));
    }

    @Transactional(readOnly = true)
    public List<ReportView> openReports(String networkSlug) {
        NetworkSummary network = managed(networkSlug);
        Map<UUID, JobPosting> byId = new LinkedHashMap<>();
        postings.findByNetworks(List.of(network.id())).forEach(p -> byId.put(p.getId(), p));
        if (byId.isEmpty()) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return reports.findByPostingIdInAndResolvedAtIsNullOrderByCreatedAt(byId.keySet()).stream()
                .map(r -> {
                    JobPosting p = byId.get(r.getPostingId());
                    return new ReportView(
                            r.getId(),
                            p.getId(),
                            p.getSlug(),
                            p.getTitle().in(locale),
                            r.getReason(),
                            r.getCreatedAt());
                })
                .toList();
    }

    public PostingView approve(UUID id) {
        JobPosting posting = officeOf(id);
        if (posting.getStatus() != PostingStatus.PENDING_APPROVAL) {
            throw new ConflictException("jobs.error.not-pending");
        }
        posting.changeStatus(PostingStatus.PUBLISHED, null, clock.instant());
        tellEditors(posting, "mail.jobs.approved", "");
        return views(List.of(posting)).getFirst();
    }

    /** Rejects a waiting posting, or takes a published one down (after a report): it is no longer public. */
    public PostingView reject(UUID id, String reason) {
        JobPosting posting = officeOf(id);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw invalid("reason", "jobs.error.reason-required");
        }
        posting.changeStatus(PostingStatus.REJECTED, why, clock.instant());
        Instant now = clock.instant();
        reports.findByPostingIdAndResolvedAtIsNull(id).forEach(r -> r.resolve(now));
        tellEditors(posting, "mail.jobs.rejected", why);
        return views(List.of(posting)).getFirst();
    }

    /** Closes the posting's open reports without taking it down. */
    public void dismissReports(UUID id) {
        officeOf(id);
        Instant now = clock.instant();
        reports.findByPostingIdAndResolvedAtIsNull(id).forEach(r -> r.resolve(now));
    }

    /** Anyone may report a public posting as abusive; the offices of its networks see the report. */
    public void report(String idOrSlug, String reason) {
        JobPosting posting = find(idOrSlug)
                .filter(p -> shown(p) || canEdit(currentUsers.current(), p))
                .orElseThrow(() -> new NotFoundException("job"));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 2000) {
            throw invalid("reason", "jobs.error.report-reason");
        }
        reports.save(new JobReport(posting.getId(), why, clock.instant()));
    }

    // ---------------------------------------------------------------------------------------------- lifecycle

    /** Marks postings past their day as EXPIRED; search already hides them from that day on. */
    @Scheduled(cron = "${atlas.jobs.lifecycle-cron:0 15 3 * * *}")
    public int expire() {
        List<JobPosting> due = postings.findByStatusAndValidThroughBefore(PostingStatus.PUBLISHED, today());
        Instant now = clock.instant();
        due.forEach(p -> p.changeStatus(PostingStatus.EXPIRED, null, now));
        return due.size();
    }

    /** Reminds the editors of postings ending within the configured days, once per end date. */
    @Scheduled(cron = "${atlas.jobs.reminder-cron:0 30 7 * * *}")
    public int remind() {
        List<JobPosting> due =
                postings.dueForReminder(PostingStatus.PUBLISHED, today().plusDays(properties.reminderDays()));
        Instant now = clock.instant();
        for (JobPosting posting : due) {
            try {
                tellEditors(
                        posting, "mail.jobs.renewal", posting.getValidThrough().toString());
            } catch (RuntimeException e) {
                log.warn("Renewal reminder for posting {} failed: {}", posting.getId(), e.toString());
            }
            posting.reminded(now);
        }
        return due.size();
    }

    private void tellEditors(JobPosting posting, String key, String detail) {
        String link = atlas.baseUrl() + "/jobs/" + posting.getSlug();
        for (Accounts.AccountSummary editor : accounts.organizationEditors(posting.getOrganizationId())) {
            Locale language = editor.language() == null ? Locale.GERMAN : editor.language();
            Object[] args = {posting.getTitle().in(language), editor.displayName(), detail, link};
            mailer.send(new OutgoingMail(
                    editor.email(),
                    messages.getMessage(key + ".subject", args, language),
                    messages.getMessage(key + ".body", args, language)));
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The posting for its editors (and offices, admins); {@link NotFoundException} for everybody else. */
    JobPosting editable(UUID id) {
        CurrentUser user = currentUsers.current();
        if (user.isAnonymous()) {
            throw new AccessDeniedException("sign in to edit postings");
        }
        return postings.findById(id).filter(p -> canEdit(user, p)).orElseThrow(() -> new NotFoundException("job"));
    }

    private JobPosting officeOf(UUID id) {
        CurrentUser user = currentUsers.current();
        if (user.isAnonymous()) {
            throw new AccessDeniedException("sign in");
        }
        return postings.findById(id).filter(p -> isOffice(user, p)).orElseThrow(() -> new NotFoundException("job"));
    }

    private OrganizationRef requireEditor(UUID organizationId) {
        CurrentUser user = currentUsers.current();
        if (user.isAnonymous()) {
            throw new AccessDeniedException("sign in to post");
        }
        OrganizationRef organization =
                organizations.reference(organizationId).orElseThrow(() -> new NotFoundException("organization"));
        if (!canEdit(user, organization.id(), organization.networkIds())) {
            throw new AccessDeniedException("not an editor of this organization");
        }
        return organization;
    }

    private NetworkSummary managed(String networkSlug) {
        NetworkSummary network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }

    boolean canEdit(CurrentUser user, JobPosting posting) {
        return canEdit(user, posting.getOrganizationId(), currentNetworks(posting));
    }

    private static boolean canEdit(CurrentUser user, UUID organizationId, Collection<UUID> networkIds) {
        return user.editsOrganization(organizationId) || networkIds.stream().anyMatch(user::managesNetwork);
    }

    private boolean isOffice(CurrentUser user, JobPosting posting) {
        return user.platformAdmin() || currentNetworks(posting).stream().anyMatch(user::managesNetwork);
    }

    /** The organization's networks as they are now (it may have joined or left one since the posting was saved). */
    private Set<UUID> currentNetworks(JobPosting posting) {
        return organizations
                .reference(posting.getOrganizationId())
                .map(OrganizationRef::networkIds)
                .orElse(Set.of());
    }

    Optional<JobPosting> find(String idOrSlug) {
        if (idOrSlug == null || idOrSlug.length() > 80) {
            return Optional.empty();
        }
        try {
            return postings.findById(UUID.fromString(idOrSlug));
        } catch (IllegalArgumentException notAnId) {
            return postings.findBySlug(idOrSlug);
        }
    }

    boolean isPublic(JobPosting posting) {
        return posting.getStatus() == PostingStatus.PUBLISHED
                && !posting.getValidThrough().isBefore(today());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate defaultValidThrough() {
        return today().plusDays(properties.validDays());
    }

    private LocalDate validThrough(PostingCommand command) {
        return command.validThrough() == null ? defaultValidThrough() : command.validThrough();
    }

    private void validate(PostingCommand command, OrganizationRef organization, JobPosting existing) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldMessage> errors = new ArrayList<>();
        for (ConstraintViolation<PostingCommand> violation : validator.validate(command)) {
            errors.add(new FieldMessage(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        LocalizedText title = command.title();
        if (title.isEmpty()) {
            errors.add(error("title", "jobs.error.title-required", locale));
        } else if (length(title.de()) > 200 || length(title.en()) > 200) {
            errors.add(error("title", "jobs.error.title-too-long", locale));
        }
        LocalizedText description = command.description();
        if (description.isEmpty()) {
            errors.add(error("description", "jobs.error.description-required", locale));
        } else if (length(description.de()) > 20000 || length(description.en()) > 20000) {
            errors.add(error("description", "jobs.error.description-too-long", locale));
        }
        if (command.locations().isEmpty() && command.remote() != RemoteOption.FULL) {
            errors.add(error("locations", "jobs.error.location-required", locale));
        }
        for (int i = 0; i < command.locations().size(); i++) {
            if (!gazetteer.isKnownPostalCode(command.locations().get(i).postalCode())) {
                errors.add(error("locations[" + i + "].postalCode", "jobs.error.postal-code-unknown", locale));
            }
        }
        boolean anySalary = command.salaryMin() != null || command.salaryMax() != null;
        if (anySalary && (command.salaryCurrency() == null || command.salaryPeriod() == null)) {
            errors.add(error("salaryCurrency", "jobs.error.salary-incomplete", locale));
        }
        if (command.salaryMin() != null
                && command.salaryMax() != null
                && command.salaryMin().compareTo(command.salaryMax()) > 0) {
            errors.add(error("salaryMax", "jobs.error.salary-range", locale));
        }
        if (!command.skills().isEmpty()) {
            Set<String> known = taxonomy.prefLabels(command.skills()).keySet();
            if (!known.containsAll(command.skills())) {
                errors.add(error("skills", "jobs.error.skill-unknown", locale));
            }
        }
        if (command.contactId() != null
                && organization.contact(command.contactId()).isEmpty()) {
            errors.add(error("contactId", "jobs.error.contact-unknown", locale));
        }
        switch (command.channel()) {
            case EMAIL -> {
                if (command.applyEmail() == null) {
                    errors.add(error("applyEmail", "jobs.error.apply-email-required", locale));
                }
            }
            case URL -> {
                if (!isHttpUrl(command.applyUrl())) {
                    errors.add(error("applyUrl", "jobs.error.apply-url-required", locale));
                }
            }
            case PLATFORM -> {}
        }
        LocalDate today = today();
        if (command.validThrough() != null
                && (command.validThrough().isBefore(today)
                        || command.validThrough().isAfter(today.plusDays(properties.maxValidDays())))) {
            errors.add(error("validThrough", "jobs.error.valid-through", locale, properties.maxValidDays()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private JobPosting.Content content(PostingCommand command, OrganizationRef organization) {
        List<JobLocation> locations = new ArrayList<>();
        for (PostingCommand.Location location : command.locations()) {
            Optional<Place> place = gazetteer.locate(location.postalCode(), location.city());
            locations.add(new JobLocation(
                    location.postalCode(),
                    location.city().strip(),
                    place.map(p -> p.location().lat()).orElse(null),
                    place.map(p -> p.location().lon()).orElse(null)));
        }
        String contactName = command.contactName();
        String contactEmail = command.contactEmail();
        if (command.contactId() != null) {
            var contact = organization.contact(command.contactId()).orElseThrow();
            contactName = contact.name();
            contactEmail = contact.email();
        }
        boolean anySalary = command.salaryMin() != null || command.salaryMax() != null;
        return new JobPosting.Content(
                command.kind(),
                command.title(),
                command.description(),
                locations,
                command.remote(),
                command.employmentType(),
                command.hoursPerWeek(),
                scaled(command.salaryMin()),
                scaled(command.salaryMax()),
                anySalary ? command.salaryCurrency() : null,
                anySalary ? command.salaryPeriod() : null,
                new LinkedHashSet<>(command.skills()),
                command.startDate(),
                command.contactId(),
                contactName,
                contactEmail,
                command.channel(),
                command.channel() == ApplicationChannel.EMAIL ? command.applyEmail() : null,
                command.channel() == ApplicationChannel.URL ? command.applyUrl() : null);
    }

    /** The posting as a command, e.g. to fill the edit form or to renew it unchanged. */
    static PostingCommand command(PostingView p, boolean publish) {
        return new PostingCommand(
                p.organizationId(),
                p.kind(),
                p.title(),
                p.description(),
                p.locations().stream()
                        .map(l -> new PostingCommand.Location(l.postalCode(), l.city()))
                        .toList(),
                p.remote(),
                p.employmentType(),
                p.hoursPerWeek(),
                p.salary() == null ? null : p.salary().min(),
                p.salary() == null ? null : p.salary().max(),
                p.salary() == null ? null : p.salary().currency(),
                p.salary() == null ? null : p.salary().period(),
                p.skills().stream().map(PostingView.Skill::uri).toList(),
                p.startDate(),
                null,
                p.contactName(),
                p.contactEmail(),
                p.channel(),
                p.applyEmail(),
                p.applyUrl(),
                p.validThrough(),
                publish);
    }

    private PostingCommand command(JobPosting posting, boolean publish) {
        PostingCommand same = command(views(List.of(posting)).getFirst(), publish);
        return new PostingCommand(
                same.organizationId(),
                same.kind(),
                same.title(),
                same.description(),
                same.locations(),
                same.remote(),
                same.employmentType(),
                same.hoursPerWeek(),
                same.salaryMin(),
                same.salaryMax(),
                same.salaryCurrency(),
                same.salaryPeriod(),
                same.skills(),
                same.startDate(),
                posting.getContactId(),
                same.contactName(),
                same.contactEmail(),
                same.channel(),
                same.applyEmail(),
                same.applyUrl(),
                null,
                publish);
    }

    /** Views of the postings, with their organizations' names and the skills' labels, in the given order. */
    List<PostingView> views(List<JobPosting> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, OrganizationRef> orgs = organizations.references(
                list.stream().map(JobPosting::getOrganizationId).toList());
        Set<String> uris = new LinkedHashSet<>();
        list.forEach(p -> uris.addAll(p.getSkills()));
        Map<String, LocalizedText> labels = taxonomy.prefLabels(uris);
        return list.stream()
                .map(p -> view(p, orgs.get(p.getOrganizationId()), labels))
                .toList();
    }

    private PostingView view(JobPosting p, OrganizationRef org, Map<String, LocalizedText> labels) {
        return new PostingView(
                p.getId(),
                p.getSlug(),
                p.getOrganizationId(),
                org == null ? null : org.slug(),
                org == null ? null : org.name(),
                p.getKind(),
                p.getTitle(),
                p.getDescription(),
                p.getLocations().stream()
                        .map(l -> new PostingView.LocationView(l.postalCode(), l.city(), l.latitude(), l.longitude()))
                        .toList(),
                p.getRemote(),
                p.getEmploymentType(),
                p.getHoursPerWeek(),
                p.getSalaryMin() == null && p.getSalaryMax() == null
                        ? null
                        : new PostingView.Salary(
                                p.getSalaryMin(), p.getSalaryMax(), p.getSalaryCurrency(), p.getSalaryPeriod()),
                p.getSkills().stream()
                        .map(uri -> new PostingView.Skill(uri, labels.getOrDefault(uri, new LocalizedText(uri, uri))))
                        .toList(),
                p.getStartDate(),
                p.getContactName(),
                p.getContactEmail(),
                p.getChannel(),
                p.getApplyEmail(),
                p.getApplyUrl(),
                p.getStatus(),
                p.getStatusReason(),
                p.getPublishedAt() == null ? null : LocalDate.ofInstant(p.getPublishedAt(), atlas.zone()),
                p.getValidThrough(),
                p.getNetworkIds().stream().sorted().toList(),
                p.getCreatedAt(),
                p.getVersion());
    }

    private static java.math.BigDecimal scaled(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static boolean isHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private FieldMessage error(String field, String key, Locale locale, Object... args) {
        return new FieldMessage(field, messages.getMessage(key, args, locale));
    }

    private ValidationFailedException invalid(String field, String key) {
        return new ValidationFailedException(List.of(error(field, key, LocaleContextHolder.getLocale())));
    }

    static Set<UUID> orNone(Set<UUID> ids) {
        return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
    }
}
