package org.clusteratlas.membership;

import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.identity.NetworkRole;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.membership.internal.ApplicationDocument;
import org.clusteratlas.membership.internal.ApplicationDocuments;
import org.clusteratlas.membership.internal.MembershipApplication;
import org.clusteratlas.membership.internal.MembershipApplications;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.OrganizationDetails;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.organization.ProfileStatus;
import org.clusteratlas.organization.Visibility;
import org.clusteratlas.privacy.ConsentPurpose;
import org.clusteratlas.privacy.Privacy;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.storage.BlobStorage;
import org.clusteratlas.shared.storage.PdfUploads;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership module's API. Anyone may apply to a network; only that network's office (and platform admins) sees
 * the applications and decides them. Every mail is written in its recipient's language and queued in the same
 * transaction as the change it reports.
 */
@Service
@Transactional
public class Memberships {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MembershipApplications applications;
    private final Networks networks;
    private final Organizations organizations;
    private final Accounts accounts;
    private final CurrentUsers currentUsers;
    private final Gazetteer gazetteer;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AtlasProperties atlas;
    private final ApplicationEventPublisher events;
    private final MembershipRecords records;
    private final Privacy privacy;
    private final Admissions admissions;
    private final ApplicationDocuments documents;
    private final BlobStorage blobs;

    Memberships(
            MembershipApplications applications,
            Networks networks,
            Organizations organizations,
            Accounts accounts,
            CurrentUsers currentUsers,
            Gazetteer gazetteer,
            Mailer mailer,
            MessageSource messages,
            AtlasProperties atlas,
            ApplicationEventPublisher events,
            MembershipRecords records,
            Privacy privacy,
            Admissions admissions,
            ApplicationDocuments documents,
            BlobStorage blobs) {
        this.applications = applications;
        this.networks = networks;
        this.organizations = organizations;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.gazetteer = gazetteer;
        this.mailer = mailer;
        this.messages = messages;
        this.atlas = atlas;
        this.events = events;
        this.records = records;
        this.privacy = privacy;
        this.admissions = admissions;
        this.documents = documents;
        this.blobs = blobs;
    }

    /**
     * The place checks the form's annotations cannot do: the postal code must be one the gazetteer knows, and a city
     * the gazetteer knows by name must lie in it. A city it does not know (a district, a village) is taken as typed.
     *
     * @param postalCodeField the form's name of the postal code field, for the message
     * @return the problems in the caller's language; empty when the place is fine
     */
    @Transactional(readOnly = true)
    public List<FieldMessage> checkPlace(String postalCode, String city, String postalCodeField, String cityField) {
        List<FieldMessage> problems = new ArrayList<>();
        Optional<Place> place = gazetteer.locate(postalCode, city);
        if (place.isEmpty() || !gazetteer.isKnownPostalCode(postalCode)) {
            problems.add(new FieldMessage(postalCodeField, message("membership.postalCode.unknown", postalCode)));
            return problems;
        }
        List<Place> named = gazetteer.findByName(city);
        if (!named.isEmpty() && named.stream().noneMatch(p -> p.postalCode().equals(postalCode.strip()))) {
            problems.add(new FieldMessage(
                    cityField,
                    message(
                            "membership.city.mismatch",
                            city,
                            postalCode,
                            place.get().name())));
        }
        return problems;
    }

    /** The network's rules in sentences for applicants, in the current language. */
    @Transactional(readOnly = true)
    public List<String> describeRules(String networkSlug) {
        return admissions.describe(rulesOf(networkSlug), LocaleContextHolder.getLocale());
    }

    /** The rules applications to the network are checked against; anyone may read them (the form shows them). */
    @Transactional(readOnly = true)
    public AdmissionRules rulesOf(String networkSlug) {
        return admissions.rulesOf(network(networkSlug).id());
    }

    /**
     * Stores an application to the network and mails the applicant (a confirmation) and the network's managers (a
     * notification). The same email and organization name already waiting in that network are not stored twice.
     *
     * @throws NotFoundException when there is no network with that slug
     */
    public Submission apply(String networkSlug, ApplicationData data) {
        return apply(networkSlug, data, List.of()).outcome();
    }

    /**
     * {@link #apply(String, ApplicationData)} with the documents the network's rules ask for. Documents for codes the
     * rules do not name are ignored.
     *
     * @return the outcome and, for a stored application, the checks that are not passed, for the applicant to see
     */
    public Submitted apply(String networkSlug, ApplicationData data, List<UploadedDocument> uploads) {
        NetworkSummary network = network(networkSlug);
        if (applications.existsPending(network.id(), lower(data.email()), lower(data.organizationName()))) {
            return new Submitted(Submission.ALREADY_PENDING, List.of());
        }
        MembershipApplication application = applications.save(new MembershipApplication(network.id(), data));
        AdmissionRules rules = admissions.rulesOf(network.id());
        Set<String> stored = new java.util.HashSet<>();
        for (AdmissionRules.RequiredDocument required : rules.requiredDocuments()) {
            uploads.stream()
                    .filter(u -> u.code().equals(required.code()))
                    .findFirst()
                    .ifPresent(upload -> {
                        ApplicationDocument document = documents.save(new ApplicationDocument(
                                application.getId(),
                                required.code(),
                                required.nameDe(),
                                upload.pdf().fileName(),
                                upload.pdf().bytes().length));
                        blobs.put(document.getStorageKey(), upload.pdf().bytes());
                        stored.add(required.code());
                    });
        }
        List<RuleCheck> open = admissions.evaluate(network.id(), data, stored).stream()
                .filter(RuleCheck::isOpen)
                .toList();
        // The form cannot be sent without the consent box: the application is the record of that consent.
        privacy.recordByPerson(
                data.email(), network.id(), ConsentPurpose.MEMBERSHIP_APPLICATION, true, "membership application form");
        String networkName = network.name().in(data.language());
        mailer.send(new OutgoingMail(
                data.email(),
                messages.getMessage("membership.mail.received.subject", new Object[] {networkName}, data.language()),
                messages.getMessage(
                        "membership.mail.received.body",
                        new Object[] {data.contactName(), networkName, data.organizationName()},
                        data.language())));
        String link = atlas.baseUrl() + "/n/" + network.slug() + "/applications/" + application.getId();
        for (Accounts.NetworkRoleHolder holder : accounts.networkRoleHolders(network.id())) {
            if (holder.role() != NetworkRole.MANAGER) {
                continue;
            }
            Locale language = holder.account().language();
            mailer.send(new OutgoingMail(
                    holder.account().email(),
                    messages.getMessage(
                            "membership.mail.new.subject", new Object[] {data.organizationName()}, language),
                    messages.getMessage(
                            "membership.mail.new.body",
                            new Object[] {
                                holder.account().displayName(),
                                data.organizationName(),
                                network.name().in(language),
                                link
                            },
                            language)));
        }
        return new Submitted(Submission.RECEIVED, open);
    }

    /** The network's applications, pending first (oldest first), then decided (latest first). Office only. */
    @Transactional(readOnly = true)
    public List<ApplicationView> list(String networkSlug) {
        NetworkSummary network = office(networkSlug);
        return applications.findByNetworkId(network.id()).stream()
                .sorted(Comparator.comparing((MembershipApplication a) -> a.getStatus() != ApplicationStatus.PENDING)
                        .thenComparing(a -> a.getStatus() == ApplicationStatus.PENDING
                                ? a.getSubmittedAt().toEpochMilli()
                                : -a.getDecidedAt().toEpochMilli()))
                .map(a -> view(network, a))
                .toList();
    }

    /** One application of the network. Office only; {@link NotFoundException} for an unknown one. */
    @Transactional(readOnly = true)
    public ApplicationView get(String networkSlug, UUID id) {
        NetworkSummary network = office(networkSlug);
        return view(network, find(network, id));
    }

    /**
     * One application by id, for the office of its network (and platform admins). Someone from another network's
     * office gets {@link NotFoundException}, so that the application's existence does not leak; someone from no
     * office at all is refused.
     */
    @Transactional(readOnly = true)
    public ApplicationView get(UUID id) {
        if (!currentUsers.current().managesAnyNetwork()) {
            throw new org.springframework.security.access.AccessDeniedException("not in a network's office");
        }
        MembershipApplication application = applications
                .findById(id)
                .filter(a -> networks.canManage(a.getNetworkId()))
                .orElseThrow(() -> new NotFoundException("application"));
        NetworkSummary network =
                networks.findById(application.getNetworkId()).orElseThrow(() -> new NotFoundException("network"));
        return view(network, application);
    }

    /**
     * Admits the organization: creates its profile as a draft in the network, makes the applicant its editor and
     * mails them how to sign in.
     *
     * <p>Direct calls, not an event, on purpose: the decision, the draft profile and the editor's right must be
     * stored together (or, when the profile data is refused, not at all), and under the office's own rights, which
     * the organization module checks. A listener would run after the commit, without the office as current user, and
     * would make organization or identity depend on this module, which already depends on them (a cycle).
     * {@link MembershipAccepted} is published for what follows an admission (fees, CRM).
     *
     * <p>When a check of the network's rules is not passed (failed or not stated), the office must give a reason; it
     * is kept with the explanations of those checks, next to who decided and when.
     *
     * @param note optional, for the applicant
     * @param overrideReason why the office admits despite open checks; ignored when every check passed
     * @throws ConflictException when the application has been decided already
     * @throws ValidationFailedException (field {@code overrideReason}) when a check is open and no reason given
     * @throws org.clusteratlas.organization.InvalidOrganizationException when the profile data is refused
     */
    public ApplicationView accept(String networkSlug, UUID id, String note, String overrideReason) {
        NetworkSummary network = office(networkSlug);
        MembershipApplication application = pending(network, id);
        ApplicationData data = application.data();
        List<String> open = evaluation(network, application).stream()
                .filter(RuleCheck::isOpen)
                .map(RuleCheck::explanation)
                .toList();
        String reason = open.isEmpty() ? null : blankToNull(overrideReason);
        if (!open.isEmpty() && reason == null) {
            throw new ValidationFailedException(
                    List.of(new FieldMessage("overrideReason", message("admission.override.required"))));
        }
        OrganizationDetails organization = organizations.create(draftProfile(network, data));
        boolean newAccount = accounts.findByEmail(data.email()).isEmpty();
        // An account nobody can sign in to until the mailbox owner sets a password through the reset link, which
        // proves the address: marking it verified gives nobody access.
        UUID editor =
                accounts.ensureVerifiedAccount(data.email(), shorten(data.contactName(), 120), randomPassword(), false);
        organizations.addEditor(organization.id(), data.email());
        CurrentUser user = currentUsers.current();
        application.accept(user.id(), user.displayName(), blankToNull(note), organization.id(), reason, open);
        records.recordApplication(network.id(), organization.id(), application.getSubmittedAt());
        events.publishEvent(new MembershipAccepted(
                application.getId(),
                network.id(),
                organization.id(),
                editor,
                data.kind(),
                data.employees(),
                data.partOfGroup()));
        Locale language = data.language();
        String signIn = newAccount ? atlas.baseUrl() + "/password/forgot" : atlas.baseUrl() + "/login";
        mailer.send(new OutgoingMail(
                data.email(),
                messages.getMessage(
                        "membership.mail.accepted.subject",
                        new Object[] {network.name().in(language)},
                        language),
                messages.getMessage(
                        newAccount ? "membership.mail.accepted.body.new-account" : "membership.mail.accepted.body",
                        new Object[] {
                            data.contactName(),
                            network.name().in(language),
                            data.organizationName(),
                            signIn,
                            atlas.baseUrl() + "/o/" + organization.slug() + "/edit",
                            noteLine(note, language)
                        },
                        language)));
        return view(network, application);
    }

    /**
     * Turns the application down and mails the applicant, with the office's note when there is one.
     *
     * @throws ConflictException when the application has been decided already
     */
    public ApplicationView reject(String networkSlug, UUID id, String note) {
        NetworkSummary network = office(networkSlug);
        MembershipApplication application = pending(network, id);
        CurrentUser user = currentUsers.current();
        application.reject(user.id(), user.displayName(), blankToNull(note));
        events.publishEvent(new MembershipRejected(application.getId(), network.id()));
        ApplicationData data = application.data();
        Locale language = data.language();
        mailer.send(new OutgoingMail(
                data.email(),
                messages.getMessage(
                        "membership.mail.rejected.subject",
                        new Object[] {network.name().in(language)},
                        language),
                messages.getMessage(
                        "membership.mail.rejected.body",
                        new Object[] {
                            data.contactName(),
                            network.name().in(language),
                            data.organizationName(),
                            noteLine(note, language)
                        },
                        language)));
        return view(network, application);
    }

    /**
     * The draft profile of an admitted organization. The contact person is visible to members only: the applicant
     * agreed to the processing of their data for the application, not to its publication on the open web.
     */
    private static OrganizationData draftProfile(NetworkSummary network, ApplicationData data) {
        return new OrganizationData(
                null,
                List.of(network.slug()),
                data.organizationName(),
                data.kind(),
                null,
                data.competences(),
                List.of(),
                List.of(),
                new OrganizationData.Address(null, data.postalCode(), data.city(), "DE"),
                data.employees(),
                data.website(),
                List.of(new OrganizationData.Contact(
                        data.contactFirstName(), data.contactLastName(), null, data.email(), data.phone(), List.of())),
                Visibility.PUBLIC,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new OrganizationData.SectionVisibility(null, null, Visibility.MEMBERS, null, null),
                ProfileStatus.DRAFT,
                null);
    }

    /** {@link #accept(String, UUID, String, String)} without an override reason. */
    public ApplicationView accept(String networkSlug, UUID id, String note) {
        return accept(networkSlug, id, note, null);
    }

    /**
     * An uploaded document of an application, for the network's office only.
     *
     * @throws NotFoundException for an unknown application or document, or missing bytes
     */
    @Transactional(readOnly = true)
    public DocumentContent document(String networkSlug, UUID applicationId, UUID documentId) {
        NetworkSummary network = office(networkSlug);
        MembershipApplication application = find(network, applicationId);
        ApplicationDocument document = documents
                .findByIdAndApplicationId(documentId, application.getId())
                .orElseThrow(() -> new NotFoundException("document"));
        InputStream content = blobs.get(document.getStorageKey()).orElseThrow(() -> new NotFoundException("document"));
        return new DocumentContent(document.getFileName(), document.getSize(), content);
    }

    private List<RuleCheck> evaluation(NetworkSummary network, MembershipApplication application) {
        Set<String> uploaded = documents.findByApplicationIdOrderByUploadedAt(application.getId()).stream()
                .map(ApplicationDocument::getCode)
                .collect(Collectors.toSet());
        return admissions.evaluate(network.id(), application.data(), uploaded);
    }

    private ApplicationView view(NetworkSummary network, MembershipApplication application) {
        ApplicationData data = application.data();
        String organizationSlug = null;
        if (application.getOrganizationId() != null) {
            try {
                organizationSlug =
                        organizations.get(application.getOrganizationId()).slug();
            } catch (NotFoundException deleted) {
                // The profile was deleted after the admission; the application stays as the record of the decision.
            }
        }
        return new ApplicationView(
                application.getId(),
                network.slug(),
                application.getStatus(),
                application.getSubmittedAt(),
                data,
                AdmissionHint.of(data.kind()),
                evaluation(network, application),
                documents.findByApplicationIdOrderByUploadedAt(application.getId()).stream()
                        .map(d -> new ApplicationView.Document(
                                d.getId(), d.getCode(), d.getName(), d.getFileName(), d.getSize(), d.getUploadedAt()))
                        .toList(),
                application.getDecidedAt(),
                application.getDecidedByName(),
                application.getDecisionNote(),
                application.getOverrideReason(),
                application.getOverriddenRules(),
                organizationSlug);
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }

    /** The network, after checking that the current person runs its office: refused before anything is looked up. */
    private NetworkSummary office(String slug) {
        NetworkSummary network = network(slug);
        networks.requireManager(network.id());
        return network;
    }

    private MembershipApplication find(NetworkSummary network, UUID id) {
        return applications
                .findByIdAndNetworkId(id, network.id())
                .orElseThrow(() -> new NotFoundException("application"));
    }

    private MembershipApplication pending(NetworkSummary network, UUID id) {
        MembershipApplication application = find(network, id);
        if (application.getStatus() != ApplicationStatus.PENDING) {
            throw new ConflictException("membership.decided-already");
        }
        return application;
    }

    private String noteLine(String note, Locale language) {
        return note == null || note.isBlank()
                ? ""
                : messages.getMessage("membership.mail.note", new Object[] {note.strip()}, language);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A required document's PDF, checked by {@link PdfUploads}. */
    public record UploadedDocument(String code, PdfUploads.CheckedPdf pdf) {}

    /**
     * What became of a submitted application.
     *
     * @param open the checks of the network's rules that are not passed (a missing document, say); empty when the
     *     application was not stored
     */
    public record Submitted(Submission outcome, List<RuleCheck> open) {}

    /** A document's bytes; the caller closes the stream. */
    public record DocumentContent(String fileName, long size, InputStream content) {}

    /** What became of a submitted application. */
    public enum Submission {
        /** Stored; the applicant and the office have been mailed. */
        RECEIVED,
        /** The same applicant's application for the same organization is still waiting: nothing was stored. */
        ALREADY_PENDING
    }
}
