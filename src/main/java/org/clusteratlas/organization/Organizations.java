package org.clusteratlas.organization;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.internal.ContactPerson;
import org.clusteratlas.organization.internal.Organization;
import org.clusteratlas.organization.internal.OrganizationAccess;
import org.clusteratlas.organization.internal.OrganizationRepository;
import org.clusteratlas.organization.internal.PostalAddress;
import org.clusteratlas.organization.internal.ProfileEntry;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.Slugs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization module's API. Every read is filtered by what the current person may see (a hidden organization is
 * indistinguishable from a missing one), every write is checked against their rights and validated completely before
 * anything is stored.
 */
@Service
@Transactional
public class Organizations {

    private static final Pattern GERMAN_POSTAL_CODE = Pattern.compile("\\d{5}");

    private final OrganizationRepository organizations;
    private final OrganizationAccess access;
    private final Networks networks;
    private final CurrentUsers currentUsers;
    private final Validator validator;
    private final MessageSource messages;

    Organizations(
            OrganizationRepository organizations,
            OrganizationAccess access,
            Networks networks,
            CurrentUsers currentUsers,
            Validator validator,
            MessageSource messages) {
        this.organizations = organizations;
        this.access = access;
        this.networks = networks;
        this.currentUsers = currentUsers;
        this.validator = validator;
        this.messages = messages;
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

    /** What the current person may do with a visible organization, for showing the right buttons. */
    @Transactional(readOnly = true)
    public Permissions permissions(UUID id) {
        CurrentUser user = currentUsers.current();
        return organizations
                .findById(id)
                .map(o -> new Permissions(access.canEdit(user, o), access.canDelete(user, o)))
                .orElse(new Permissions(false, false));
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
                return Page.empty(PageRequest.of(page, size));
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
                access.managedNetworks(user),
                access.editable(user),
                PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 100)));
        Map<UUID, String> slugs = networkSlugs(found.getContent());
        return found.map(o -> new OrganizationListItem(
                o.getId(),
                o.getSlug(),
                o.getName(),
                o.getKind(),
                o.getAddress() == null ? null : o.getAddress().city(),
                o.getNetworkIds().stream()
                        .map(slugs::get)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList(),
                o.getVisibility()));
    }

    /** Creates an organization in networks the current person manages. */
    public OrganizationDetails create(OrganizationData data) {
        Map<String, UUID> networkIds = validateOrThrow(data);
        CurrentUser user = currentUsers.current();
        requireManagerOfAll(user, networkIds.values());
        if (data.externalId() != null
                && organizations.findByExternalId(data.externalId()).isPresent()) {
            throw new ConflictException("organization.externalId.taken", data.externalId());
        }
        Organization organization = new Organization(uniqueSlug(data.name()));
        apply(organization, data, networkIds);
        return details(organizations.save(organization));
    }

    public OrganizationDetails update(UUID id, OrganizationData data) {
        Organization organization = editable(id);
        Map<String, UUID> networkIds = validateOrThrow(data);
        requireNetworkChangeAllowed(currentUsers.current(), organization, Set.copyOf(networkIds.values()));
        if (data.externalId() != null
                && organizations
                        .findByExternalId(data.externalId())
                        .filter(other -> !other.getId().equals(id))
                        .isPresent()) {
            throw new ConflictException("organization.externalId.taken", data.externalId());
        }
        apply(organization, data, networkIds);
        return details(organization);
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
     * Upserts one import line by external id. Runs in its own transaction (the caller's line loop has none), so a
     * failing line rolls back alone and never half-writes its organization.
     *
     * @return whether the line created (true) or updated (false) an organization
     * @throws LineRejected with the field errors when the line is invalid or not allowed
     */
    public boolean upsertForImport(OrganizationData data) {
        List<FieldMessage> errors = new ArrayList<>(validate(data));
        if (data.externalId() == null || data.externalId().isBlank()) {
            errors.add(new FieldMessage("externalId", message("organization.externalId.required")));
        }
        if (!errors.isEmpty()) {
            throw new LineRejected(errors);
        }
        Map<String, UUID> networkIds = networks.idsBySlug(data.networks());
        CurrentUser user = currentUsers.current();
        Optional<Organization> existing = organizations.findByExternalId(data.externalId());
        if (existing.isPresent()) {
            Organization organization = existing.get();
            if (!access.canEdit(user, organization)) {
                throw new LineRejected(
                        List.of(new FieldMessage("externalId", message("organization.import.not-editable"))));
            }
            requireNetworkChangeAllowedForLine(user, organization, Set.copyOf(networkIds.values()));
            apply(organization, data, networkIds);
            return false;
        }
        if (!networkIds.values().stream().allMatch(user::managesNetwork)) {
            throw new LineRejected(List.of(new FieldMessage("networks", message("organization.networks.not-managed"))));
        }
        Organization organization = new Organization(uniqueSlug(data.name()));
        apply(organization, data, networkIds);
        organizations.save(organization);
        return true;
    }

    /** All validation errors of the data, with field paths as in the request body, in the caller's language. */
    @Transactional(readOnly = true)
    public List<FieldMessage> validate(OrganizationData data) {
        List<FieldMessage> errors = new ArrayList<>();
        for (ConstraintViolation<OrganizationData> violation : validator.validate(data)) {
            errors.add(new FieldMessage(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        OrganizationData.Address address = data.address();
        if (address != null
                && "DE".equals(address.country())
                && address.postalCode() != null
                && !address.postalCode().isBlank()
                && !GERMAN_POSTAL_CODE.matcher(address.postalCode().strip()).matches()) {
            errors.add(new FieldMessage("address.postalCode", message("organization.postalCode.german")));
        }
        if (!data.networks().isEmpty() && data.networks().stream().allMatch(Objects::nonNull)) {
            Map<String, UUID> known = networks.idsBySlug(data.networks());
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

    /** Adding or removing a network is the office's decision: the person must manage every network that changes. */
    private void requireNetworkChangeAllowed(CurrentUser user, Organization organization, Set<UUID> wanted) {
        if (!networkChangeAllowed(user, organization, wanted)) {
            throw new AccessDeniedException("may not change networks");
        }
    }

    private void requireNetworkChangeAllowedForLine(CurrentUser user, Organization organization, Set<UUID> wanted) {
        if (!networkChangeAllowed(user, organization, wanted)) {
            throw new LineRejected(List.of(new FieldMessage("networks", message("organization.networks.not-managed"))));
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

    private void requireManagerOfAll(CurrentUser user, java.util.Collection<UUID> networkIds) {
        if (!networkIds.stream().allMatch(user::managesNetwork)) {
            throw new AccessDeniedException("not a manager of all networks");
        }
    }

    private void apply(Organization organization, OrganizationData data, Map<String, UUID> networkIds) {
        // The external id is the importer's key: an update that leaves it out keeps it, or the next import of the
        // same key would create a duplicate.
        if (blankToNull(data.externalId()) != null) {
            organization.setExternalId(data.externalId().strip());
        }
        organization.setName(data.name().strip());
        organization.setKind(data.kind());
        organization.setDescription(data.description().toText());
        replace(
                organization.getCompetences(),
                data.competences().stream().map(String::strip).distinct().toList());
        replace(organization.getOffers(), entries(data.offers()));
        replace(organization.getNeeds(), entries(data.needs()));
        OrganizationData.Address address = data.address();
        organization.setAddress(
                address == null || address.isEmpty()
                        ? null
                        : new PostalAddress(
                                blankToNull(address.street()),
                                blankToNull(address.postalCode()),
                                blankToNull(address.city()),
                                address.country()));
        organization.setEmployees(data.employees());
        organization.setWebsite(blankToNull(data.website()));
        organization.setVisibility(data.visibility());
        replace(
                organization.getNetworkIds(),
                data.networks().stream().map(networkIds::get).toList());
        mergeContacts(organization, data.contacts());
        organization.touch();
    }

    /**
     * Contacts keep their identity across updates when their email (or else their name) matches, so that later
     * records about a person (interactions, roles) stay attached to them.
     */
    private static void mergeContacts(Organization organization, List<OrganizationData.Contact> wanted) {
        Map<String, ContactPerson> existing = new HashMap<>();
        for (ContactPerson contact : organization.getContacts()) {
            existing.putIfAbsent(
                    contactKey(contact.getEmail(), contact.getFirstName(), contact.getLastName()), contact);
        }
        List<ContactPerson> merged = new ArrayList<>();
        for (OrganizationData.Contact contact : wanted) {
            ContactPerson person =
                    existing.remove(contactKey(contact.email(), contact.firstName(), contact.lastName()));
            if (person == null) {
                person = new ContactPerson(UUID.randomUUID());
            }
            person.describe(
                    blankToNull(contact.firstName()),
                    contact.lastName().strip(),
                    blankToNull(contact.role()),
                    blankToNull(contact.email()),
                    blankToNull(contact.phone()),
                    contact.topics().stream().map(String::strip).toList());
            merged.add(person);
        }
        replace(organization.getContacts(), merged);
    }

    private static String contactKey(String email, String firstName, String lastName) {
        if (email != null && !email.isBlank()) {
            return "@" + email.strip().toLowerCase(Locale.ROOT);
        }
        return (Objects.toString(firstName, "") + " " + Objects.toString(lastName, ""))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static List<ProfileEntry> entries(List<OrganizationData.Entry> entries) {
        return entries.stream()
                .map(e -> new ProfileEntry(e.title().strip(), blankToNull(e.description())))
                .toList();
    }

    private static <T> void replace(java.util.Collection<T> target, java.util.Collection<T> values) {
        target.clear();
        target.addAll(values);
    }

    private String uniqueSlug(String name) {
        String base = Slugs.of(name);
        String slug = base;
        for (int i = 2; organizations.existsBySlug(slug); i++) {
            String suffix = "-" + i;
            slug = base.substring(0, Math.min(base.length(), 60 - suffix.length())) + suffix;
        }
        return slug;
    }

    private OrganizationDetails details(Organization o) {
        Map<UUID, String> slugs = networkSlugs(List.of(o));
        PostalAddress address = o.getAddress();
        OrganizationData data = new OrganizationData(
                o.getExternalId(),
                o.getNetworkIds().stream()
                        .map(slugs::get)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList(),
                o.getName(),
                o.getKind(),
                OrganizationData.Description.of(o.getDescription()),
                List.copyOf(o.getCompetences()),
                o.getOffers().stream()
                        .map(e -> new OrganizationData.Entry(e.title(), e.description()))
                        .toList(),
                o.getNeeds().stream()
                        .map(e -> new OrganizationData.Entry(e.title(), e.description()))
                        .toList(),
                address == null
                        ? null
                        : new OrganizationData.Address(
                                address.street(), address.postalCode(), address.city(), address.country()),
                o.getEmployees(),
                o.getWebsite(),
                o.getContacts().stream()
                        .map(c -> new OrganizationData.Contact(
                                c.getFirstName(),
                                c.getLastName(),
                                c.getRole(),
                                c.getEmail(),
                                c.getPhone(),
                                List.copyOf(c.getTopics())))
                        .toList(),
                o.getVisibility());
        return new OrganizationDetails(o.getId(), o.getSlug(), data, o.getUpdatedAt());
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** What the current person may do with an organization. */
    public record Permissions(boolean edit, boolean delete) {}

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
