package org.clusteratlas.organization;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.internal.ContactPerson;
import org.clusteratlas.organization.internal.Organization;
import org.clusteratlas.organization.internal.OrganizationAccess;
import org.clusteratlas.organization.internal.OrganizationImage;
import org.clusteratlas.organization.internal.OrganizationImages;
import org.clusteratlas.organization.internal.OrganizationRepository;
import org.clusteratlas.organization.internal.OrganizationRevision;
import org.clusteratlas.organization.internal.OrganizationRevisions;
import org.clusteratlas.organization.internal.PendingChange;
import org.clusteratlas.organization.internal.PendingChanges;
import org.clusteratlas.organization.internal.ProfileMapper;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.Slugs;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.ViolationPaths;
import org.clusteratlas.shared.storage.BlobStorage;
import org.clusteratlas.shared.storage.ImageUploads;
import org.clusteratlas.shared.web.Paging;
import org.clusteratlas.taxonomy.Industries;
import org.clusteratlas.taxonomy.Taxonomy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organization module's API. Every read is filtered by what the current person may see (a hidden organization is
 * indistinguishable from a missing one), every write is checked against their rights and validated completely before
 * anything is stored.
 */
@Service
@Transactional
public class Organizations {

    /** Pictures per organization: a gallery, not an archive. */
    public static final int MAX_IMAGES = 12;

    private static final Pattern GERMAN_POSTAL_CODE = Pattern.compile("\\d{5}");

    private final OrganizationRepository organizations;
    private final OrganizationAccess access;
    private final Networks networks;
    private final CurrentUsers currentUsers;
    private final Validator validator;
    private final MessageSource messages;
    private final Taxonomy taxonomy;
    private final ProfileMapper mapper;
    private final OrganizationRevisions revisions;
    private final PendingChanges pendingChanges;
    private final JsonMapper json;
    private final Mailer mailer;
    private final Accounts accounts;
    private final Industries industries;
    private final OrganizationImages images;
    private final BlobStorage storage;

    /** The transaction's persistence context, for the import's flush control. */
    @PersistenceContext
    private EntityManager entityManager;

    private final ApplicationEventPublisher events;

    Organizations(
            OrganizationRepository organizations,
            OrganizationAccess access,
            Networks networks,
            CurrentUsers currentUsers,
            Validator validator,
            MessageSource messages,
            Taxonomy taxonomy,
            ProfileMapper mapper,
            OrganizationRevisions revisions,
            PendingChanges pendingChanges,
            JsonMapper json,
            Mailer mailer,
            Accounts accounts,
            Industries industries,
            OrganizationImages images,
            BlobStorage storage,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.access = access;
        this.networks = networks;
        this.currentUsers = currentUsers;
        this.validator = validator;
        this.messages = messages;
        this.taxonomy = taxonomy;
        this.mapper = mapper;
        this.revisions = revisions;
        this.pendingChanges = pendingChanges;
        this.json = json;
        this.mailer = mailer;
        this.accounts = accounts;
        this.industries = industries;
        this.images = images;
        this.storage = storage;
        this.events = events;
    }

    /** The organization as far as the current person may see it; {@link NotFoundException} otherwise. */
    @Transactional(readOnly = true)
    public OrganizationDetails get(UUID id) {
        return organizations
                .findById(id)
                .filter(o -> access.canSee(currentUsers.current(), o))
                .map(this::details)
                .orElseThrow(() -> new NotFoundException("organization"));
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationDetails> findBySlug(String slug) {
        return organizations
                .findBySlug(slug)
                .filter(o -> access.canSee(currentUsers.current(), o))
                .map(this::details);
    }

    /**
     * Whether the current person may see the organization's profile (the rules of its page: a draft only for its
     * editors and offices, members-only and office-only profiles only for those). Other modules hide what belongs to
     * an organization the person may not see.
     */
    @Transactional(readOnly = true)
    public boolean isVisible(UUID id) {
        CurrentUser user = currentUsers.current();
        return organizations.findById(id).filter(o -> access.canSee(user, o)).isPresent();
    }

    /** Whether everybody, signed in or not, may see the organization's profile (published and public). */
    @Transactional(readOnly = true)
    public boolean isPubliclyVisible(UUID id) {
        return organizations
                .findById(id)
                .filter(o -> access.canSee(CurrentUser.ANONYMOUS, o))
                .isPresent();
    }

    /** Of the given organizations, those the current person may not see by {@link #isVisible}; unknown ids too. */
    @Transactional(readOnly = true)
    public Set<UUID> invisibleAmong(Collection<UUID> ids) {
        CurrentUser user = currentUsers.current();
        Set<UUID> invisible = new LinkedHashSet<>(ids);
        organizations.findAllById(ids).forEach(o -> {
            if (access.canSee(user, o)) {
                invisible.remove(o.getId());
            }
        });
        return invisible;
    }

    /**
     * The organization as other modules refer to it, without a visibility check: for callers that decide rights
     * themselves (see {@link OrganizationRef}).
     */
    @Transactional(readOnly = true)
    public Optional<OrganizationRef> reference(UUID id) {
        return organizations.findById(id).map(Organizations::ref);
    }

    /** The organization as an invoice names it, without a visibility check (see {@link BillingParty}). */
    @Transactional(readOnly = true)
    public Optional<BillingParty> billingParty(UUID id) {
        return organizations
                .findById(id)
                .map(o -> new BillingParty(
                        o.getId(),
                        o.getName(),
                        o.getKind(),
                        o.getEmployees(),
                        o.getAddress() == null ? null : o.getAddress().street(),
                        o.getAddress() == null ? null : o.getAddress().postalCode(),
                        o.getAddress() == null ? null : o.getAddress().city(),
                        o.getAddress() == null || o.getAddress().country() == null
                                ? "DE"
                                : o.getAddress().country(),
                        o.getContacts().stream()
                                .map(c -> c.getEmail())
                                .filter(e -> e != null && !e.isBlank())
                                .findFirst()
                                .orElse(null),
                        o.getLanguages()));
    }

    /** The organization a contact person belongs to, without a visibility check (see {@link OrganizationRef}). */
    @Transactional(readOnly = true)
    public Optional<OrganizationRef> referenceByContact(UUID contactId) {
        return organizations.findByContactId(contactId).map(Organizations::ref);
    }

    /** {@link #reference} for many, by id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, OrganizationRef> references(Collection<UUID> ids) {
        Map<UUID, OrganizationRef> refs = new LinkedHashMap<>();
        organizations.findAllById(ids).forEach(o -> refs.put(o.getId(), ref(o)));
        return refs;
    }

    private static OrganizationRef ref(Organization o) {
        return new OrganizationRef(
                o.getId(),
                o.getSlug(),
                o.getName(),
                o.getKind(),
                o.getAddress() == null ? null : o.getAddress().postalCode(),
                o.getAddress() == null ? null : o.getAddress().city(),
                o.getCompetences(),
                o.getNetworkIds(),
                o.getContacts().stream()
                        .map(c -> new OrganizationRef.ContactRef(
                                c.getId(),
                                c.getFullName(),
                                c.getFirstName(),
                                c.getLastName(),
                                c.getRole(),
                                c.getEmail(),
                                c.getPhone(),
                                c.getTopics(),
                                c.getMobile(),
                                c.getLanguages()))
                        .toList());
    }

    /** What the current person may do with a visible organization, for showing the right buttons. */
    @Transactional(readOnly = true)
    public Permissions permissions(UUID id) {
        CurrentUser user = currentUsers.current();
        return organizations
                .findById(id)
                .map(o -> new Permissions(
                        access.canEdit(user, o),
                        access.canDelete(user, o),
                        access.isOffice(user, o),
                        access.canEdit(user, o) && !access.isOffice(user, o) && needsApproval(o)))
                .orElse(new Permissions(false, false, false, false));
    }

    /**
     * A page of the organizations the current person may see, optionally only of one network and matching a text
     * in the name or city, ordered by name.
     */
    @Transactional(readOnly = true)
    public Page<OrganizationListItem> list(String networkSlug, String text, int page, int size) {
        CurrentUser user = currentUsers.current();
        Set<UUID> networkIds = new LinkedHashSet<>();
        boolean networkFilter = networkSlug != null && !networkSlug.isBlank();
        if (networkFilter) {
            networks.findBySlug(networkSlug).map(NetworkSummary::id).ifPresent(networkIds::add);
            if (networkIds.isEmpty()) {
                return Page.empty(Paging.of(page, size, 100));
            }
        }
        String like = text == null || text.isBlank()
                ? ""
                : "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        Page<Organization> found = organizations.findVisible(
                networkFilter,
                networkIds.isEmpty() ? Set.of(new UUID(0, 0)) : networkIds,
                like,
                user.platformAdmin(),
                access.memberNetworks(user),
                access.ownNetworks(user),
                access.managedNetworks(user),
                access.editable(user),
                Paging.of(page, size, 100));
        Map<UUID, String> slugs = networkSlugs(found.getContent());
        return found.map(o -> listItem(o, slugs));
    }

    private static OrganizationListItem listItem(Organization o, Map<UUID, String> networkSlugs) {
        return new OrganizationListItem(
                o.getId(),
                o.getSlug(),
                o.getName(),
                o.getKind(),
                o.getAddress() == null ? null : o.getAddress().city(),
                o.getNetworkIds().stream()
                        .map(networkSlugs::get)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList(),
                o.getVisibility(),
                o.getStatus(),
                o.getCompleteness());
    }

    /** One page of the published public profiles, by slug; for the sitemap. */
    @Transactional(readOnly = true)
    public List<PublicProfile> publicProfiles(int page, int size) {
        return organizations.findPublicProfiles(Paging.of(page, size, 50_000));
    }

    @Transactional(readOnly = true)
    public long countPublicProfiles() {
        return organizations.countPublicProfiles();
    }

    /**
     * The organizations of the networks the current person's office runs whose postal code the gazetteer does not
     * know: the office's list of addresses to check. Empty for people who run no office.
     */
    @Transactional(readOnly = true)
    public List<OrganizationListItem> addressesToCheck() {
        CurrentUser user = currentUsers.current();
        if (!user.managesAnyNetwork()) {
            return List.of();
        }
        List<Organization> found = organizations.findByGeocodeStatus(
                GeocodeStatus.UNKNOWN_POSTAL_CODE, user.platformAdmin(), access.managedNetworks(user));
        Map<UUID, String> slugs = networkSlugs(found);
        return found.stream().map(o -> listItem(o, slugs)).toList();
    }

    /** The office's least complete profiles, weakest first (at most 50). Empty for people who run no office. */
    @Transactional(readOnly = true)
    public List<OrganizationListItem> weakestProfiles() {
        CurrentUser user = currentUsers.current();
        if (!user.managesAnyNetwork()) {
            return List.of();
        }
        List<Organization> found =
                organizations.findWeakest(user.platformAdmin(), access.managedNetworks(user), PageRequest.of(0, 50));
        Map<UUID, String> slugs = networkSlugs(found);
        return found.stream().map(o -> listItem(o, slugs)).toList();
    }

    /** How complete the profile is and what is missing; for its editors and the office. */
    @Transactional(readOnly = true)
    public Completeness completeness(UUID id) {
        Organization organization = editable(id);
        return Completeness.of(
                mapper.read(organization, networkSlugs(List.of(organization)), Visibility.NETWORK_OFFICE),
                organization.getGeocodeStatus() == GeocodeStatus.LOCATED);
    }

    /** The profile's history, newest first; for its editors and the office. */
    @Transactional(readOnly = true)
    public List<Revision> history(UUID id) {
        editable(id);
        return revisions.findTop50ByOrganizationIdOrderByChangedAtDesc(id).stream()
                .map(r -> new Revision(
                        r.getChangedAt(), r.getChangedByName(), r.getAction(), r.getChangedFields(), fieldChanges(r)))
                .toList();
    }

    /** Creates an organization in networks the current person manages; published unless the data says draft. */
    public OrganizationDetails create(OrganizationData data) {
        Map<String, UUID> networkIds = validateOrThrow(data);
        CurrentUser user = currentUsers.current();
        requireManagerOfAll(user, networkIds.values());
        if (data.externalId() != null
                && organizations.findByExternalId(data.externalId()).isPresent()) {
            throw new ConflictException("organization.externalId.taken", data.externalId());
        }
        Organization organization = new Organization(uniqueSlug(data.name()));
        organization.setStatus(data.status() == null ? ProfileStatus.PUBLISHED : data.status());
        write(organization, data, networkIds, true);
        organizations.save(organization);
        announceNetworks(organization, null);
        log(organization, RevisionAction.CREATED, null);
        return details(organization);
    }

    /**
     * Changes an organization. When an editor (not the office) changes a published profile, or publishes a draft,
     * and one of its networks asks for approval, the change waits for the office instead: the organization stays as
     * it is and {@link OrganizationDetails#pendingChange()} is true. A missing status keeps the current one.
     */
    public OrganizationDetails update(UUID id, OrganizationData data) {
        return update(id, data, false);
    }

    /**
     * Like {@link #update(UUID, OrganizationData)}, for a form that shows every field: a missing founding year or
     * size class then means "none" instead of "keep".
     */
    public OrganizationDetails replace(UUID id, OrganizationData data) {
        return update(id, data, true);
    }

    private OrganizationDetails update(UUID id, OrganizationData data, boolean complete) {
        Organization organization = editable(id);
        Map<String, UUID> networkIds = validateOrThrow(data);
        CurrentUser user = currentUsers.current();
        requireNetworkChangeAllowed(user, organization, Set.copyOf(networkIds.values()));
        if (data.externalId() != null
                && organizations
                        .findByExternalId(data.externalId())
                        .filter(other -> !other.getId().equals(id))
                        .isPresent()) {
            throw new ConflictException("organization.externalId.taken", data.externalId());
        }
        ProfileStatus wanted = data.status() == null ? organization.getStatus() : data.status();
        if (!access.isOffice(user, organization) && wanted == ProfileStatus.PUBLISHED && needsApproval(organization)) {
            PendingChange pending = pendingChanges.findByOrganizationId(id).orElseGet(() -> new PendingChange(id));
            pending.submit(user.id(), user.displayName(), json.writeValueAsString(data));
            pendingChanges.save(pending);
            log(organization, RevisionAction.SUBMITTED, String.join(", ", changedFields(organization, data)));
            return details(organization);
        }
        change(organization, data, networkIds, wanted, complete);
        return details(organization);
    }

    /** The office accepts an editor's waiting change: it is applied as submitted. */
    public OrganizationDetails approve(UUID id) {
        Organization organization = office(id);
        PendingChange pending =
                pendingChanges.findByOrganizationId(id).orElseThrow(() -> new NotFoundException("pending change"));
        OrganizationData data = json.readValue(pending.getPayload(), OrganizationData.class);
        Map<String, UUID> networkIds = validateOrThrow(data);
        List<String> fields = changedFields(organization, data);
        ProfileStatus wanted = data.status() == null ? organization.getStatus() : data.status();
        boolean publishing = organization.getStatus() != wanted;
        organization.setStatus(wanted);
        write(organization, data, networkIds, false);
        pendingChanges.delete(pending);
        log(organization, RevisionAction.APPROVED, String.join(", ", fields));
        if (publishing) {
            log(organization, RevisionAction.PUBLISHED, null);
        }
        return details(organization);
    }

    /** The office turns an editor's waiting change down; the editor is told why by mail. */
    public void reject(UUID id, String reason) {
        Organization organization = office(id);
        PendingChange pending =
                pendingChanges.findByOrganizationId(id).orElseThrow(() -> new NotFoundException("pending change"));
        dropPending(organization, pending, language -> reason);
    }

    /** Removes a waiting change and mails its editor the reason, written in the editor's language. */
    private void dropPending(
            Organization organization, PendingChange pending, java.util.function.Function<Locale, String> reason) {
        pendingChanges.delete(pending);
        log(organization, RevisionAction.REJECTED, reason.apply(LocaleContextHolder.getLocale()));
        accounts.findById(pending.getSubmittedBy())
                .ifPresent(editor -> mailer.send(new OutgoingMail(
                        editor.email(),
                        messages.getMessage(
                                "mail.change-rejected.subject",
                                new Object[] {organization.getName()},
                                editor.language()),
                        messages.getMessage(
                                "mail.change-rejected.body",
                                new Object[] {
                                    editor.displayName(), organization.getName(), reason.apply(editor.language())
                                },
                                editor.language()))));
    }

    /** The people who edit the organization's profile; for its office. */
    @Transactional(readOnly = true)
    public List<Accounts.AccountSummary> editors(UUID id) {
        office(id);
        return accounts.organizationEditors(id);
    }

    /**
     * The office makes a registered person an editor of the organization.
     *
     * @return false when no account has that email address (the person must register first)
     */
    public boolean addEditor(UUID id, String email) {
        Organization organization = office(id);
        Optional<Accounts.AccountSummary> account = accounts.findByEmail(email);
        account.ifPresent(a -> {
            accounts.assignOrganizationEditor(a.id(), id);
            log(organization, RevisionAction.UPDATED, "editors + " + a.email());
        });
        return account.isPresent();
    }

    public void removeEditor(UUID id, UUID accountId) {
        Organization organization = office(id);
        accounts.removeOrganizationEditor(accountId, id);
        log(organization, RevisionAction.UPDATED, "editors - " + accountId);
    }

    /** The waiting change of an organization, as submitted; for the office. */
    @Transactional(readOnly = true)
    public Optional<PendingReview> pendingChange(UUID id) {
        office(id);
        return pendingChanges
                .findByOrganizationId(id)
                .map(p -> new PendingReview(
                        p.getSubmittedAt(),
                        p.getSubmittedByName(),
                        json.readValue(p.getPayload(), OrganizationData.class)));
    }

    /** Organizations with a change waiting for the current person's office. */
    @Transactional(readOnly = true)
    public List<OrganizationListItem> pendingForOffice() {
        CurrentUser user = currentUsers.current();
        if (!user.managesAnyNetwork()) {
            return List.of();
        }
        List<Organization> found = organizations.findAllById(
                pendingChanges.findForOffice(user.platformAdmin(), access.managedNetworks(user)).stream()
                        .map(PendingChange::getOrganizationId)
                        .toList());
        Map<UUID, String> slugs = networkSlugs(found);
        return found.stream().map(o -> listItem(o, slugs)).toList();
    }

    /** Replaces the logo (an image checked by content); for the organization's editors and office. */
    public void changeLogo(UUID id, ImageUploads.CheckedImage image) {
        Organization organization = editable(id);
        String key = "organizations/" + id + "/logo." + image.extension();
        storage.put(key, image.bytes());
        if (organization.getLogoKey() != null && !organization.getLogoKey().equals(key)) {
            storage.delete(organization.getLogoKey());
        }
        organization.changeLogo(key, image.contentType());
        log(organization, RevisionAction.UPDATED, "logo");
    }

    /** Adds a picture to the gallery (at most {@value #MAX_IMAGES}). */
    public void addImage(UUID id, ImageUploads.CheckedImage image, String caption) {
        Organization organization = editable(id);
        if (images.countByOrganizationId(id) >= MAX_IMAGES) {
            throw new ValidationFailedException(
                    List.of(new FieldMessage("images", message("organization.images.too-many", MAX_IMAGES))));
        }
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        OrganizationImage picture = new OrganizationImage(id, image.extension(), image.contentType(), text);
        storage.put(picture.getStorageKey(), image.bytes());
        images.save(picture);
        log(organization, RevisionAction.UPDATED, "images");
    }

    public void removeImage(UUID id, UUID imageId) {
        Organization organization = editable(id);
        OrganizationImage picture = images.findById(imageId)
                .filter(i -> i.getOrganizationId().equals(id))
                .orElseThrow(() -> new NotFoundException("image"));
        images.delete(picture);
        storage.delete(picture.getStorageKey());
        log(organization, RevisionAction.UPDATED, "images");
    }

    /** The logo, when the organization is visible to the current person and has one. The caller closes the stream. */
    @Transactional(readOnly = true)
    public Optional<Media> logo(UUID id) {
        return organizations
                .findById(id)
                .filter(o -> access.canSee(currentUsers.current(), o) && o.getLogoKey() != null)
                .flatMap(o -> storage.get(o.getLogoKey()).map(in -> new Media(o.getLogoContentType(), in)));
    }

    /** A gallery picture, when the organization is visible to the current person. The caller closes the stream. */
    @Transactional(readOnly = true)
    public Optional<Media> image(UUID id, UUID imageId) {
        return organizations
                .findById(id)
                .filter(o -> access.canSee(currentUsers.current(), o))
                .flatMap(o -> images.findById(imageId)
                        .filter(i -> i.getOrganizationId().equals(id)))
                .flatMap(i -> storage.get(i.getStorageKey()).map(in -> new Media(i.getContentType(), in)));
    }

    public void delete(UUID id) {
        CurrentUser user = currentUsers.current();
        Organization organization = organizations
                .findById(id)
                .filter(o -> access.canSee(user, o))
                .orElseThrow(() -> new NotFoundException("organization"));
        if (!access.canDelete(user, organization)) {
            throw new AccessDeniedException("may not delete");
        }
        organizations.delete(organization);
    }

    /**
     * The stored data of the organization with this external id, as its office sees it: for an importer that changes
     * only the fields its file has (the import itself replaces what it is given). Empty when there is no such
     * organization or the current person does not run one of its networks' offices.
     */
    @Transactional(readOnly = true)
    public Optional<OrganizationData> storedForImport(String externalId) {
        CurrentUser user = currentUsers.current();
        return organizations
                .findByExternalId(externalId)
                .filter(o -> access.isOffice(user, o))
                .map(o -> mapper.read(o, networkSlugs(List.of(o)), Visibility.NETWORK_OFFICE));
    }

    // ---- duplicates

    /** Legal forms and fillers that say nothing about which organization is meant. */
    private static final java.util.regex.Pattern NAME_NOISE = java.util.regex.Pattern.compile(
            "\\b(gmbh|mbh|ag|kg|ohg|gbr|ug|e\\.?\\s?k|e\\.?\\s?v|co|und|and|haftungsbeschränkt|inh)\\b|[^\\p{L}\\p{N} ]");

    /**
     * Pairs of the network's organizations that are probably the same, most certain first: nearly the same name
     * (legal forms ignored, Jaro-Winkler at least 0.9) at the same postal code, or the same website or contact
     * address. Office only.
     */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> duplicates(String networkSlug) {
        NetworkSummary network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        List<Organization> members = organizations.findInNetwork(network.id());
        Map<UUID, String> slugs = networkSlugs(members);
        org.apache.commons.text.similarity.JaroWinklerSimilarity similarity =
                new org.apache.commons.text.similarity.JaroWinklerSimilarity();
        Map<UUID, String> names = new HashMap<>();
        members.forEach(o -> names.put(o.getId(), comparableName(o.getName())));
        List<DuplicateCandidate> found = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Organization a = members.get(i);
            for (int j = i + 1; j < members.size(); j++) {
                Organization b = members.get(j);
                List<DuplicateReason> reasons = new ArrayList<>();
                String nameA = names.get(a.getId());
                String nameB = names.get(b.getId());
                double nameScore = nameA.isEmpty() || nameB.isEmpty() ? 0 : similarity.apply(nameA, nameB);
                if (nameA.equals(nameB) && !nameA.isEmpty()) {
                    reasons.add(DuplicateReason.SAME_NAME);
                } else if (nameScore >= 0.9) {
                    reasons.add(DuplicateReason.SIMILAR_NAME);
                }
                if (a.getAddress() != null
                        && b.getAddress() != null
                        && a.getAddress().postalCode() != null
                        && a.getAddress().postalCode().equals(b.getAddress().postalCode())) {
                    reasons.add(DuplicateReason.SAME_POSTAL_CODE);
                }
                String siteA = host(a.getWebsite());
                if (siteA != null && siteA.equals(host(b.getWebsite()))) {
                    reasons.add(DuplicateReason.SAME_WEBSITE);
                }
                if (sharesContactEmail(a, b)) {
                    reasons.add(DuplicateReason.SAME_CONTACT_EMAIL);
                }
                boolean named =
                        reasons.contains(DuplicateReason.SAME_NAME) || reasons.contains(DuplicateReason.SIMILAR_NAME);
                boolean placed = reasons.contains(DuplicateReason.SAME_POSTAL_CODE)
                        || reasons.contains(DuplicateReason.SAME_WEBSITE)
                        || reasons.contains(DuplicateReason.SAME_CONTACT_EMAIL);
                // A similar name alone is common ("Müller GmbH"), and so is a shared postal code: it takes both, or
                // a website or contact address, which are one organization's own.
                if ((named && placed)
                        || reasons.contains(DuplicateReason.SAME_WEBSITE)
                        || reasons.contains(DuplicateReason.SAME_CONTACT_EMAIL)) {
                    int score = (int) Math.round(Math.min(
                            100,
                            nameScore * 60
                                    + (reasons.contains(DuplicateReason.SAME_POSTAL_CODE) ? 15 : 0)
                                    + (reasons.contains(DuplicateReason.SAME_WEBSITE) ? 25 : 0)
                                    + (reasons.contains(DuplicateReason.SAME_CONTACT_EMAIL) ? 25 : 0)));
                    found.add(new DuplicateCandidate(listItem(a, slugs), listItem(b, slugs), score, reasons));
                }
            }
        }
        found.sort(Comparator.comparingInt(DuplicateCandidate::score).reversed());
        return found;
    }

    /** What merging {@code duplicateId} into {@code survivorId} would do; nothing is changed. */
    @Transactional(readOnly = true)
    public MergePreview mergePreview(UUID survivorId, UUID duplicateId) {
        Organization survivor = mergeable(survivorId);
        Organization duplicate = mergeable(duplicateId);
        if (survivorId.equals(duplicateId)) {
            throw new ValidationFailedException(
                    List.of(new FieldMessage("duplicateId", message("organization.merge.same"))));
        }
        return preview(survivor, duplicate);
    }

    /**
     * Merges the duplicate into the survivor: the survivor keeps its values and takes the duplicate's where it has
     * none, all competences, networks and contact persons; every record about the duplicate (history, CRM, memberships,
     * editors) moves to the survivor ({@link OrganizationsMerged}); then the duplicate is deleted. One transaction.
     * The office must run the networks of both.
     */
    public MergePreview merge(UUID survivorId, UUID duplicateId) {
        MergePreview preview = mergePreview(survivorId, duplicateId);
        Organization survivor = organizations.findById(survivorId).orElseThrow();
        Organization duplicate = organizations.findById(duplicateId).orElseThrow();
        CurrentUser user = currentUsers.current();
        // The survivor takes the duplicate's contacts first (the CRM's records point to contact entries).
        Set<UUID> networksBefore = Set.copyOf(survivor.getNetworkIds());
        write(
                survivor,
                new OrganizationData(
                        preview.merged().externalId(),
                        networkSlugs(List.of(survivor)).values().stream().toList(),
                        preview.merged().name(),
                        preview.merged().kind(),
                        preview.merged().description(),
                        preview.merged().competences(),
                        preview.merged().offers(),
                        preview.merged().needs(),
                        preview.merged().address(),
                        preview.merged().employees(),
                        preview.merged().website(),
                        preview.merged().contacts(),
                        preview.merged().visibility(),
                        preview.merged().industries(),
                        preview.merged().certifications(),
                        preview.merged().machinery(),
                        preview.merged().employeeBand(),
                        preview.merged().foundingYear(),
                        preview.merged().sites(),
                        preview.merged().languages(),
                        preview.merged().references(),
                        preview.merged().valueChainRoles(),
                        preview.merged().sectionVisibility(),
                        null,
                        preview.merged().sharedInFederations()),
                networkIdsOf(survivor),
                false);
        entityManager.flush();
        Map<UUID, UUID> contacts = new HashMap<>();
        for (ContactPerson old : duplicate.getContacts()) {
            survivor.getContacts().stream()
                    .filter(c -> sameContact(c, old))
                    .findFirst()
                    .ifPresent(c -> contacts.put(old.getId(), c.getId()));
        }
        events.publishEvent(new OrganizationsMerged(survivorId, duplicateId, contacts));
        for (Accounts.AccountSummary editor : accounts.organizationEditors(duplicateId)) {
            accounts.assignOrganizationEditor(editor.id(), survivorId);
        }
        revisions.moveHistory(duplicateId, survivorId);
        pendingChanges.findByOrganizationId(duplicateId).ifPresent(pendingChanges::delete);
        // Now the survivor joins the duplicate's networks (the records about it there have moved already).
        survivor.getNetworkIds().addAll(duplicate.getNetworkIds());
        announceNetworks(survivor, networksBefore);
        String duplicateExternalId = duplicate.getExternalId();
        organizations.delete(duplicate);
        entityManager.flush();
        if (survivor.getExternalId() == null && duplicateExternalId != null) {
            // The importer's key of the duplicate now names the survivor, so the next import updates it.
            survivor.setExternalId(duplicateExternalId);
        }
        revisions.save(new OrganizationRevision(
                survivorId, user.id(), user.displayName(), RevisionAction.MERGED, preview.duplicateName()));
        return preview;
    }

    private MergePreview preview(Organization survivor, Organization duplicate) {
        OrganizationData keep = mapper.read(survivor, networkSlugs(List.of(survivor)), Visibility.NETWORK_OFFICE);
        OrganizationData drop = mapper.read(duplicate, networkSlugs(List.of(duplicate)), Visibility.NETWORK_OFFICE);
        List<String> filled = new ArrayList<>();
        java.util.function.BiFunction<Object, String, Boolean> missing = (value, field) -> {
            boolean empty = value == null || (value instanceof String text && text.isBlank());
            return empty;
        };
        OrganizationData.Description description = keep.description();
        if ((description == null || missing.apply(description.de(), ""))
                && drop.description() != null
                && !missing.apply(drop.description().de(), "")) {
            description = new OrganizationData.Description(
                    drop.description().de(),
                    description != null && description.en() != null
                            ? description.en()
                            : drop.description().en());
            filled.add("description");
        }
        OrganizationData.Address address = keep.address();
        if ((address == null || address.isEmpty())
                && drop.address() != null
                && !drop.address().isEmpty()) {
            address = drop.address();
            filled.add("address");
        }
        Integer employees = keep.employees();
        if (employees == null && drop.employees() != null) {
            employees = drop.employees();
            filled.add("employees");
        }
        String website = keep.website();
        if (missing.apply(website, "") && !missing.apply(drop.website(), "")) {
            website = drop.website();
            filled.add("website");
        }
        List<String> competences = new ArrayList<>(keep.competences());
        List<String> competencesAdded = drop.competences().stream()
                .filter(c -> competences.stream().noneMatch(k -> k.equalsIgnoreCase(c)))
                .toList();
        competences.addAll(competencesAdded);
        List<OrganizationData.Entry> offers = union(keep.offers(), drop.offers());
        List<OrganizationData.Entry> needs = union(keep.needs(), drop.needs());
        List<OrganizationData.Contact> contacts = new ArrayList<>(keep.contacts());
        List<String> contactsAdded = new ArrayList<>();
        for (OrganizationData.Contact contact : drop.contacts()) {
            if (contacts.stream().noneMatch(k -> sameContactData(k, contact))) {
                contacts.add(contact);
                contactsAdded.add(
                        contact.firstName() == null
                                ? contact.lastName()
                                : contact.firstName() + " " + contact.lastName());
            }
        }
        List<String> networksAdded = drop.networks().stream()
                .filter(n -> !keep.networks().contains(n))
                .toList();
        List<String> allNetworks = new ArrayList<>(keep.networks());
        allNetworks.addAll(networksAdded);
        OrganizationData merged = new OrganizationData(
                keep.externalId() == null ? drop.externalId() : keep.externalId(),
                allNetworks,
                keep.name(),
                keep.kind(),
                description,
                competences,
                offers,
                needs,
                address,
                employees,
                website,
                contacts,
                keep.visibility(),
                unionStrings(keep.industries(), drop.industries()),
                unionStrings(keep.certifications(), drop.certifications()),
                keep.machinery(),
                keep.employeeBand() == null ? drop.employeeBand() : keep.employeeBand(),
                keep.foundingYear() == null ? drop.foundingYear() : keep.foundingYear(),
                keep.sites(),
                unionStrings(keep.languages(), drop.languages()),
                keep.references(),
                keep.valueChainRoles(),
                keep.sectionVisibility(),
                keep.status(),
                // The more private choice wins, as for visibility: a profile kept out of federations stays out.
                Boolean.TRUE.equals(keep.sharedInFederations()) && Boolean.TRUE.equals(drop.sharedInFederations()));
        return new MergePreview(
                survivor.getId(),
                survivor.getName(),
                duplicate.getId(),
                duplicate.getName(),
                merged,
                networksAdded,
                competencesAdded,
                contactsAdded,
                filled);
    }

    /** An organization the current person may merge: the office of all its networks (or an admin). */
    private Organization mergeable(UUID id) {
        CurrentUser user = currentUsers.current();
        Organization organization = organizations
                .findById(id)
                .filter(o -> access.canSee(user, o))
                .orElseThrow(() -> new NotFoundException("organization"));
        if (!user.platformAdmin() && !organization.getNetworkIds().stream().allMatch(user::managesNetwork)) {
            throw new AccessDeniedException("may not merge");
        }
        return organization;
    }

    private Map<String, UUID> networkIdsOf(Organization organization) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        networkSlugs(List.of(organization)).forEach((id, slug) -> ids.put(slug, id));
        return ids;
    }

    private static List<OrganizationData.Entry> union(
            List<OrganizationData.Entry> keep, List<OrganizationData.Entry> drop) {
        List<OrganizationData.Entry> all = new ArrayList<>(keep);
        drop.stream()
                .filter(d -> keep.stream().noneMatch(k -> k.title().equalsIgnoreCase(d.title())))
                .forEach(all::add);
        return all;
    }

    private static List<String> unionStrings(List<String> keep, List<String> drop) {
        if (keep == null && drop == null) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>(keep == null ? List.of() : keep);
        all.addAll(drop == null ? List.of() : drop);
        return List.copyOf(all);
    }

    private static boolean sameContactData(OrganizationData.Contact a, OrganizationData.Contact b) {
        return sameContact(a.email(), a.firstName(), a.lastName(), b.email(), b.firstName(), b.lastName());
    }

    private static boolean sameContact(ContactPerson a, ContactPerson b) {
        return sameContact(
                a.getEmail(), a.getFirstName(), a.getLastName(), b.getEmail(), b.getFirstName(), b.getLastName());
    }

    private static boolean sameContact(
            String emailA, String firstA, String lastA, String emailB, String firstB, String lastB) {
        if (emailA != null && !emailA.isBlank() && emailB != null && !emailB.isBlank()) {
            return emailA.strip().equalsIgnoreCase(emailB.strip());
        }
        return Objects.equals(lower(firstA), lower(firstB)) && Objects.equals(lower(lastA), lower(lastB));
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean sharesContactEmail(Organization a, Organization b) {
        Set<String> emails = new java.util.HashSet<>();
        a.getContacts().stream()
                .map(ContactPerson::getEmail)
                .filter(e -> e != null && !e.isBlank())
                .forEach(e -> emails.add(e.strip().toLowerCase(Locale.ROOT)));
        return b.getContacts().stream()
                .map(ContactPerson::getEmail)
                .filter(e -> e != null && !e.isBlank())
                .anyMatch(e -> emails.contains(e.strip().toLowerCase(Locale.ROOT)));
    }

    private static String comparableName(String name) {
        String lower = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFC);
        return NAME_NOISE.matcher(lower).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private static String host(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String host = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        int slash = host.indexOf('/');
        host = slash < 0 ? host : host.substring(0, slash);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * The network's office admits the organization (a membership became active): it appears in the network's lists
     * and search. Nothing happens when it is a member already.
     */
    public void joinNetwork(UUID id, UUID networkId) {
        networks.requireManager(networkId);
        Organization organization = organizations.findById(id).orElseThrow(() -> new NotFoundException("organization"));
        Set<UUID> before = Set.copyOf(organization.getNetworkIds());
        if (organization.getNetworkIds().add(networkId)) {
            log(organization, RevisionAction.UPDATED, "networks");
            announceNetworks(organization, before);
        }
    }

    /** The network's office ends the organization's membership: it leaves the network's lists and search. */
    public void leaveNetwork(UUID id, UUID networkId) {
        networks.requireManager(networkId);
        Organization organization = organizations.findById(id).orElseThrow(() -> new NotFoundException("organization"));
        Set<UUID> before = Set.copyOf(organization.getNetworkIds());
        if (organization.getNetworkIds().remove(networkId)) {
            log(organization, RevisionAction.UPDATED, "networks");
            announceNetworks(organization, before);
        }
    }

    /**
     * Upserts one import line by external id. Runs in its own transaction (the caller's line loop has none), so a
     * failing line rolls back alone and never half-writes its organization. Importers are the office (or admins), so
     * no approval step applies.
     *
     * @return whether the line created or updated an organization, and what needs attention
     * @throws LineRejected with the field errors when the line is invalid or not allowed
     */
    public UpsertOutcome upsertForImport(OrganizationData data) {
        return upsertLine(data, ImportChunk.of(List.of(data), networks, organizations));
    }

    /**
     * Upserts many import lines in one transaction: one database commit and one index commit for all of them instead
     * of one each, which is what makes a bulk import fast (an index commit is an fsync). A rejected line is reported
     * in its place and nothing of it is written; any other failure (a database constraint, say) rolls back the whole
     * chunk and propagates, and the caller repeats the chunk line by line with {@link #upsertForImport}, so that a bad
     * line still never takes the good ones with it.
     *
     * <p>The index changes are applied as {@code indexing} says (null: as configured): a bulk import lets them be
     * applied while it writes the next chunk, and waits for all of them once at its end.
     *
     * <p>Changes are flushed at commit only (no flush before each look-up, which would dirty-check the whole chunk
     * again for every line); look-ups that must see an earlier line of the same chunk (a repeated external id, a slug
     * just taken) are answered from the chunk itself.
     *
     * @return per line, in order, its outcome or why it was rejected
     */
    public List<ImportLineOutcome> upsertAllForImport(
            List<OrganizationData> lines, IndexingPlanSynchronizationStrategy indexing) {
        entityManager.setFlushMode(FlushModeType.COMMIT);
        if (indexing != null) {
            Search.session(entityManager).indexingPlanSynchronizationStrategy(indexing);
        }
        ImportChunk chunk = ImportChunk.of(lines, networks, organizations);
        List<ImportLineOutcome> outcomes = new ArrayList<>(lines.size());
        for (OrganizationData data : lines) {
            try {
                outcomes.add(new ImportLineOutcome(upsertLine(data, chunk), List.of()));
            } catch (LineRejected rejected) {
                outcomes.add(new ImportLineOutcome(null, rejected.errors()));
            }
        }
        return outcomes;
    }

    private UpsertOutcome upsertLine(OrganizationData data, ImportChunk chunk) {
        List<FieldMessage> errors = new ArrayList<>(validate(data, chunk::networkIds));
        if (data.externalId() == null || data.externalId().isBlank()) {
            errors.add(new FieldMessage("externalId", message("organization.externalId.required")));
        }
        if (!errors.isEmpty()) {
            throw new LineRejected(errors);
        }
        Map<String, UUID> networkIds = chunk.networkIds(data.networks());
        CurrentUser user = currentUsers.current();
        // Stored before the chunk, or created by an earlier line of it.
        Optional<Organization> existing = Optional.ofNullable(chunk.byExternalId.get(data.externalId()));
        if (existing.isPresent()) {
            Organization organization = existing.get();
            // The import is the office's tool: an organization's own editors change it through the profile, where
            // their network may require the office's approval.
            if (!access.isOffice(user, organization)) {
                throw new LineRejected(
                        List.of(new FieldMessage("externalId", message("organization.import.not-editable"))));
            }
            if (!networkChangeAllowed(user, organization, Set.copyOf(networkIds.values()))) {
                throw new LineRejected(
                        List.of(new FieldMessage("networks", message("organization.networks.not-managed"))));
            }
            change(
                    organization,
                    data,
                    networkIds,
                    data.status() == null ? organization.getStatus() : data.status(),
                    false);
            return new UpsertOutcome(false, warnings(organization));
        }
        if (!networkIds.values().stream().allMatch(user::managesNetwork)) {
            throw new LineRejected(List.of(new FieldMessage("networks", message("organization.networks.not-managed"))));
        }
        String slug = Slugs.free(Slugs.of(data.name()), chunk::slugTaken);
        chunk.slugs.add(slug);
        Organization organization = new Organization(slug);
        organization.setStatus(data.status() == null ? ProfileStatus.PUBLISHED : data.status());
        write(organization, data, networkIds, true);
        organizations.save(organization);
        announceNetworks(organization, null);
        chunk.byExternalId.put(data.externalId(), organization);
        log(organization, RevisionAction.CREATED, null);
        return new UpsertOutcome(true, warnings(organization));
    }

    private List<FieldMessage> warnings(Organization organization) {
        return organization.getGeocodeStatus() == GeocodeStatus.UNKNOWN_POSTAL_CODE
                ? List.of(new FieldMessage("address.postalCode", message("organization.postalCode.unknown")))
                : List.of();
    }

    /** All validation errors of the data, with field paths as in the request body, in the caller's language. */
    @Transactional(readOnly = true)
    public List<FieldMessage> validate(OrganizationData data) {
        return validate(data, networks::idsBySlug);
    }

    private List<FieldMessage> validate(
            OrganizationData data, Function<Collection<String>, Map<String, UUID>> networkIdsBySlug) {
        List<FieldMessage> errors = new ArrayList<>();
        for (ConstraintViolation<OrganizationData> violation : validator.validate(data)) {
            errors.add(new FieldMessage(ViolationPaths.of(violation), violation.getMessage()));
        }
        checkPostalCode(data.address(), "address.postalCode", errors);
        for (int i = 0; data.sites() != null && i < data.sites().size(); i++) {
            if (data.sites().get(i) != null) {
                checkPostalCode(data.sites().get(i).address(), "sites[" + i + "].address.postalCode", errors);
            }
        }
        for (int i = 0; data.industries() != null && i < data.industries().size(); i++) {
            String code = data.industries().get(i);
            if (code != null && code.matches("\\d{2}") && !industries.isDivision(code)) {
                errors.add(new FieldMessage("industries[" + i + "]", message("organization.industry.unknown", code)));
            }
        }
        if (!data.networks().isEmpty() && data.networks().stream().allMatch(Objects::nonNull)) {
            Map<String, UUID> known = networkIdsBySlug.apply(data.networks());
            for (int i = 0; i < data.networks().size(); i++) {
                if (!known.containsKey(data.networks().get(i))) {
                    errors.add(new FieldMessage(
                            "networks[" + i + "]",
                            message(
                                    "organization.networks.unknown",
                                    data.networks().get(i))));
                }
            }
        }
        errors.sort(Comparator.comparing(FieldMessage::field));
        return errors;
    }

    private void checkPostalCode(OrganizationData.Address address, String field, List<FieldMessage> errors) {
        if (address != null
                && "DE".equals(address.country())
                && address.postalCode() != null
                && !address.postalCode().isBlank()
                && !GERMAN_POSTAL_CODE.matcher(address.postalCode().strip()).matches()) {
            errors.add(new FieldMessage(field, message("organization.postalCode.german")));
        }
    }

    private Map<String, UUID> validateOrThrow(OrganizationData data) {
        List<FieldMessage> errors = validate(data);
        if (!errors.isEmpty()) {
            throw new InvalidOrganizationException(errors);
        }
        return networks.idsBySlug(data.networks());
    }

    private Organization editable(UUID id) {
        CurrentUser user = currentUsers.current();
        Organization organization = organizations
                .findById(id)
                .filter(o -> access.canSee(user, o))
                .orElseThrow(() -> new NotFoundException("organization"));
        if (!access.canEdit(user, organization)) {
            throw new AccessDeniedException("may not edit");
        }
        return organization;
    }

    private Organization office(UUID id) {
        CurrentUser user = currentUsers.current();
        Organization organization = organizations
                .findById(id)
                .filter(o -> access.canSee(user, o))
                .orElseThrow(() -> new NotFoundException("organization"));
        if (!access.isOffice(user, organization)) {
            throw new AccessDeniedException("network office only");
        }
        return organization;
    }

    private boolean needsApproval(Organization organization) {
        return networks.requiresApproval(organization.getNetworkIds());
    }

    /** Applies the data and records what changed; a status change is recorded as publishing or unpublishing. */
    private void change(
            Organization organization,
            OrganizationData data,
            Map<String, UUID> networkIds,
            ProfileStatus wanted,
            boolean complete) {
        List<String> fields = changedFields(organization, data);
        String changes = fields.isEmpty() ? null : changes(organization, data, fields);
        ProfileStatus before = organization.getStatus();
        organization.setStatus(wanted);
        write(organization, data, networkIds, complete);
        if (!fields.isEmpty()) {
            CurrentUser user = currentUsers.current();
            revisions.save(new OrganizationRevision(
                    organization.getId(),
                    user.id(),
                    user.isAnonymous() ? null : user.displayName(),
                    RevisionAction.UPDATED,
                    String.join(", ", fields),
                    changes));
        }
        if (before != wanted) {
            log(
                    organization,
                    wanted == ProfileStatus.PUBLISHED ? RevisionAction.PUBLISHED : RevisionAction.UNPUBLISHED,
                    null);
        }
        // A change written directly (by the office) makes an older waiting change obsolete: approving it later would
        // silently undo this one. Its editor is told.
        pendingChanges
                .findByOrganizationId(organization.getId())
                .ifPresent(pending -> dropPending(
                        organization,
                        pending,
                        language -> messages.getMessage("organization.pending.superseded", null, language)));
    }

    private void write(
            Organization organization, OrganizationData data, Map<String, UUID> networkIds, boolean complete) {
        Set<UUID> networksBefore = Set.copyOf(organization.getNetworkIds());
        mapper.apply(organization, data, networkIds, complete);
        // A new organization is announced by its creator once it is stored: a listener's rows refer to it.
        if (entityManager.contains(organization)) {
            announceNetworks(organization, networksBefore);
        }
        // The slugs of the networks just written are known; only others (kept from before) need a look-up.
        Map<UUID, String> known = new HashMap<>();
        networkIds.forEach((slug, id) -> known.put(id, slug));
        Map<UUID, String> slugs =
                known.keySet().containsAll(organization.getNetworkIds()) ? known : networkSlugs(List.of(organization));
        // Scored from what was stored (blank texts dropped, duplicates removed, missing fields kept), not from the
        // request: the office's list of weakest profiles must rank what visitors see.
        OrganizationData stored = mapper.read(organization, slugs, Visibility.NETWORK_OFFICE);
        organization.setCompleteness(Completeness.of(stored, organization.getGeocodeStatus() == GeocodeStatus.LOCATED)
                .score());
    }

    /**
     * Tells the other modules which networks the organization joined and left since {@code before} (null for an
     * organization just created).
     */
    private void announceNetworks(Organization organization, Set<UUID> before) {
        Set<UUID> previous = before == null ? Set.of() : before;
        Set<UUID> joined = new LinkedHashSet<>(organization.getNetworkIds());
        joined.removeAll(previous);
        Set<UUID> left = new LinkedHashSet<>(previous);
        left.removeAll(organization.getNetworkIds());
        if (!joined.isEmpty() || !left.isEmpty()) {
            events.publishEvent(new OrganizationNetworksChanged(
                    organization.getId(), organization.getKind(), before == null, joined, left));
        }
    }

    /** The top-level fields whose values differ between the organization now and the data. */
    private List<String> changedFields(Organization organization, OrganizationData wanted) {
        OrganizationData current =
                mapper.read(organization, networkSlugs(List.of(organization)), Visibility.NETWORK_OFFICE);
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : OrganizationData.class.getRecordComponents()) {
            try {
                Object before = component.getAccessor().invoke(current);
                Object after = component.getAccessor().invoke(wanted);
                if (after != null
                        && !Objects.equals(normalized(before), normalized(after))
                        && !"externalId".equals(component.getName())
                        && !"status".equals(component.getName())) {
                    fields.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Record accessors are public", e);
            }
        }
        return fields;
    }

    /**
     * The audit trail's record of a change: each changed field's value before and after, as JSON. Long texts are kept
     * whole up to a limit per value, so the trail stays readable and bounded.
     */
    private String changes(Organization organization, OrganizationData wanted, List<String> fields) {
        OrganizationData current =
                mapper.read(organization, networkSlugs(List.of(organization)), Visibility.NETWORK_OFFICE);
        Map<String, Object> changes = new LinkedHashMap<>();
        for (RecordComponent component : OrganizationData.class.getRecordComponents()) {
            if (!fields.contains(component.getName())) {
                continue;
            }
            try {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", bounded(component.getAccessor().invoke(current)));
                change.put("after", bounded(component.getAccessor().invoke(wanted)));
                changes.put(component.getName(), change);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Record accessors are public", e);
            }
        }
        return json.writeValueAsString(changes);
    }

    private Object bounded(Object value) {
        String text = json.writeValueAsString(value);
        return text.length() <= 5000 ? json.readTree(text) : text.substring(0, 5000) + "…";
    }

    /** Locations are computed, not typed: they never count as a change. */
    private static Object normalized(Object value) {
        if (value instanceof OrganizationData.Address address) {
            return new OrganizationData.Address(
                    address.street(), address.postalCode(), address.city(), address.country(), null);
        }
        return value;
    }

    private void log(Organization organization, RevisionAction action, String details) {
        CurrentUser user = currentUsers.current();
        revisions.save(new OrganizationRevision(
                organization.getId(), user.id(), user.isAnonymous() ? null : user.displayName(), action, details));
    }

    /** Adding or removing a network is the office's decision: the person must manage every network that changes. */
    private void requireNetworkChangeAllowed(CurrentUser user, Organization organization, Set<UUID> wanted) {
        if (!networkChangeAllowed(user, organization, wanted)) {
            throw new AccessDeniedException("may not change networks");
        }
    }

    private static boolean networkChangeAllowed(CurrentUser user, Organization organization, Set<UUID> wanted) {
        Set<UUID> changed = new LinkedHashSet<>(wanted);
        changed.addAll(organization.getNetworkIds());
        Set<UUID> unchanged = new LinkedHashSet<>(wanted);
        unchanged.retainAll(organization.getNetworkIds());
        changed.removeAll(unchanged);
        return changed.stream().allMatch(user::managesNetwork);
    }

    private void requireManagerOfAll(CurrentUser user, Collection<UUID> networkIds) {
        if (!networkIds.stream().allMatch(user::managesNetwork)) {
            throw new AccessDeniedException("not a manager of all networks");
        }
    }

    private String uniqueSlug(String name) {
        return Slugs.free(Slugs.of(name), organizations::existsBySlug);
    }

    private OrganizationDetails details(Organization o) {
        Visibility level = access.readerLevel(currentUsers.current(), o);
        OrganizationData data = mapper.read(o, networkSlugs(List.of(o)), level);
        Map<String, LocalizedText> labels = taxonomy.prefLabels(o.getCompetenceConcepts());
        List<OrganizationDetails.ConceptRef> concepts = o.getCompetenceConcepts().stream()
                .filter(labels::containsKey)
                .map(uri -> new OrganizationDetails.ConceptRef(uri, labels.get(uri)))
                .toList();
        boolean pending = level == Visibility.NETWORK_OFFICE
                && pendingChanges.findByOrganizationId(o.getId()).isPresent();
        String base = "/media/organizations/" + o.getId();
        List<OrganizationDetails.Image> pictures = images.findByOrganizationIdOrderByCreatedAt(o.getId()).stream()
                .map(i -> new OrganizationDetails.Image(i.getId(), base + "/images/" + i.getId(), i.getCaption()))
                .toList();
        return new OrganizationDetails(
                o.getId(),
                o.getSlug(),
                data,
                o.getUpdatedAt(),
                o.getGeocodeStatus(),
                concepts,
                pending,
                o.getLogoKey() == null ? null : base + "/logo",
                pictures);
    }

    private Map<UUID, String> networkSlugs(List<Organization> list) {
        Set<UUID> ids = new LinkedHashSet<>();
        list.forEach(o -> ids.addAll(o.getNetworkIds()));
        Map<UUID, String> slugs = new HashMap<>();
        networks.findAllById(ids).forEach(n -> slugs.put(n.id(), n.slug()));
        return slugs;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * @param created whether a new organization was created (else an existing one updated)
     * @param warnings what the importer should look at, though the line was written
     */
    public record UpsertOutcome(boolean created, List<FieldMessage> warnings) {}

    /**
     * One line of {@link #upsertAllForImport}: written, or rejected with its errors (then {@code outcome} is null).
     */
    public record ImportLineOutcome(UpsertOutcome outcome, List<FieldMessage> errors) {}

    /**
     * What the lines of one import transaction have taken so far and not yet flushed, and the networks they named
     * (looked up once per chunk instead of twice per line).
     */
    private static final class ImportChunk {
        private final Networks networks;
        private final OrganizationRepository organizations;
        private final Map<String, Organization> byExternalId = new HashMap<>();
        private final Set<String> slugs = new HashSet<>();
        /** Slugs looked up for the whole chunk, and those of them that were stored. */
        private final Set<String> checkedSlugs = new HashSet<>();

        private final Set<String> storedSlugs = new HashSet<>();
        /** "base-" prefixes whose stored slugs are all in {@link #storedSlugs}. */
        private final Set<String> numberedPrefixes = new HashSet<>();

        private final Map<String, UUID> networkIds = new HashMap<>();
        private final Set<String> unknownNetworks = new HashSet<>();

        ImportChunk(Networks networks, OrganizationRepository organizations) {
            this.networks = networks;
            this.organizations = organizations;
        }

        /**
         * A chunk of lines, with what each line would look up on its own asked once for all of them: the
         * organizations their external ids name, and which of the slugs their new names would take are taken.
         */
        static ImportChunk of(List<OrganizationData> lines, Networks networks, OrganizationRepository organizations) {
            ImportChunk chunk = new ImportChunk(networks, organizations);
            List<String> externalIds = lines.stream()
                    .map(OrganizationData::externalId)
                    .filter(id -> id != null && !id.isBlank())
                    .distinct()
                    .toList();
            for (Organization existing : organizations.findByExternalIdIn(externalIds)) {
                chunk.byExternalId.put(existing.getExternalId(), existing);
            }
            List<String> baseSlugs = lines.stream()
                    .filter(l -> l.name() != null && !chunk.byExternalId.containsKey(l.externalId()))
                    .map(l -> Slugs.of(l.name()))
                    .distinct()
                    .toList();
            chunk.checkedSlugs.addAll(baseSlugs);
            chunk.storedSlugs.addAll(organizations.findTakenSlugs(baseSlugs));
            return chunk;
        }

        /**
         * Taken by this chunk or stored. A name many organizations share ("Müller GmbH") is probed as "base-2",
         * "base-3" … until one is free: one query per probe made a line with the 20th such name cost 20 queries, and
         * the import slowed as the atlas grew. So a base's numbered slugs are looked up at once, on its first probe.
         */
        boolean slugTaken(String slug) {
            if (slugs.contains(slug)) {
                return true;
            }
            if (checkedSlugs.contains(slug)) {
                return storedSlugs.contains(slug);
            }
            int dash = slug.lastIndexOf('-');
            if (dash > 0
                    && dash < slug.length() - 1
                    && slug.substring(dash + 1).chars().allMatch(Character::isDigit)) {
                String prefix = slug.substring(0, dash + 1);
                if (numberedPrefixes.add(prefix)) {
                    storedSlugs.addAll(organizations.findSlugsStartingWith(prefix));
                }
                return storedSlugs.contains(slug);
            }
            return organizations.existsBySlug(slug);
        }

        /** Like {@link Networks#idsBySlug}: the ids of the slugs that exist. */
        Map<String, UUID> networkIds(Collection<String> slugs) {
            List<String> missing = slugs.stream()
                    .filter(slug -> !networkIds.containsKey(slug) && !unknownNetworks.contains(slug))
                    .toList();
            if (!missing.isEmpty()) {
                Map<String, UUID> found = networks.idsBySlug(missing);
                networkIds.putAll(found);
                missing.stream().filter(slug -> !found.containsKey(slug)).forEach(unknownNetworks::add);
            }
            Map<String, UUID> result = new HashMap<>();
            slugs.stream().filter(networkIds::containsKey).forEach(slug -> result.put(slug, networkIds.get(slug)));
            return result;
        }
    }

    /**
     * What the current person may do with an organization.
     *
     * @param office the person runs the office of one of its networks (reviews changes, sees the history)
     * @param changesNeedApproval the person's changes to the published profile wait for the office
     */
    public record Permissions(boolean edit, boolean delete, boolean office, boolean changesNeedApproval) {}

    /** Stored bytes and their content type. */
    public record Media(String contentType, java.io.InputStream content) {}

    /** One entry of a profile's history. */
    /**
     * @param changes per changed field its value before and after (compact JSON); empty for older entries and for
     *     actions without field changes
     */
    public record Revision(
            Instant changedAt, String changedBy, RevisionAction action, String details, List<FieldChange> changes) {}

    /** A field's value before and after a change, as compact JSON. */
    public record FieldChange(String field, String before, String after) {}

    private List<FieldChange> fieldChanges(OrganizationRevision revision) {
        if (revision.getChanges() == null) {
            return List.of();
        }
        List<FieldChange> changes = new ArrayList<>();
        json.readTree(revision.getChanges())
                .properties()
                .forEach(entry -> changes.add(new FieldChange(
                        entry.getKey(),
                        compact(entry.getValue().get("before")),
                        compact(entry.getValue().get("after")))));
        return changes;
    }

    private static String compact(tools.jackson.databind.JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isString() ? node.asString() : node.toString();
    }

    /** An editor's change waiting for the office. */
    public record PendingReview(Instant submittedAt, String submittedBy, OrganizationData data) {}

    /** An import line that is invalid or not allowed; nothing of it was written. */
    public static final class LineRejected extends RuntimeException {

        private final transient List<FieldMessage> errors;

        LineRejected(List<FieldMessage> errors) {
            super("line rejected", null, false, false);
            this.errors = List.copyOf(errors);
        }

        public List<FieldMessage> errors() {
            return errors;
        }
    }
}
