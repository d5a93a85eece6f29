package org.clusteratlas.crm;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.crm.internal.CrmTask;
import org.clusteratlas.crm.internal.CrmTasks;
import org.clusteratlas.crm.internal.Interaction;
import org.clusteratlas.crm.internal.Interactions;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.identity.NetworkRole;
import org.clusteratlas.membership.MembershipRecords;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationRef;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.ViolationPaths;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CRM module's API: interactions and tasks of a network's office.
 *
 * <p>Rights come first, and they are the network's: a network's office (and platform admins) reads and writes its own
 * records and nothing else. A record of another network is "not found" rather than "forbidden", so its existence does
 * not leak; asking for another network's lists is forbidden. Organizations and contact persons named in a record must
 * be members of the network and contacts of that organization; assignees must work in the network's office.
 */
@Service
@Transactional
public class Crm {

    public static final int MAX_LIST = 500;

    private final Interactions interactions;
    private final CrmTasks tasks;
    private final Networks networks;
    private final Organizations organizations;
    private final Accounts accounts;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final AtlasProperties atlas;
    private final MembershipRecords membershipRecords;
    private final Validator validator;
    private final Clock clock;

    Crm(
            Interactions interactions,
            CrmTasks tasks,
            Networks networks,
            Organizations organizations,
            Accounts accounts,
            CurrentUsers currentUsers,
            MessageSource messages,
            AtlasProperties atlas,
            MembershipRecords membershipRecords,
            Validator validator) {
        this.validator = validator;
        this.interactions = interactions;
        this.tasks = tasks;
        this.networks = networks;
        this.organizations = organizations;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.atlas = atlas;
        this.membershipRecords = membershipRecords;
        this.clock = Clock.systemUTC();
    }

    /** The offices' time zone: forms take local dates and times in it. */
    public java.time.ZoneId zone() {
        return atlas.zone();
    }

    /** Today in the offices' time zone: what due dates are compared with. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(atlas.zone()));
    }

    /** The network, when the current person runs its office (rights first: others learn nothing else). */
    @Transactional(readOnly = true)
    public NetworkSummary office(String networkSlug) {
        return managed(networkSlug);
    }

    /**
     * An organization the network's office deals with: a member, an applicant or a former member (one with a
     * membership record). Any other is not found here.
     */
    @Transactional(readOnly = true)
    public OrganizationRef member(String networkSlug, UUID organizationId) {
        NetworkSummary network = managed(networkSlug);
        return organizations
                .reference(organizationId)
                .filter(o -> known(network, o))
                .orElseThrow(() -> new NotFoundException("organization"));
    }

    private boolean known(NetworkSummary network, OrganizationRef organization) {
        return organization.networkIds().contains(network.id())
                || membershipRecords.hasRecord(network.id(), organization.id());
    }

    // ---- interactions

    /** The network's interactions, newest first; only those with the organization when it is given. */
    @Transactional(readOnly = true)
    public List<InteractionView> interactions(String networkSlug, UUID organizationId, int limit) {
        NetworkSummary network = managed(networkSlug);
        PageRequest page = PageRequest.of(0, Math.clamp(limit, 1, MAX_LIST));
        List<Interaction> found = organizationId == null
                ? interactions.findByNetworkIdOrderByOccurredAtDesc(network.id(), page)
                : interactions.findByNetworkIdAndOrganizationIdOrderByOccurredAtDesc(
                        network.id(), organizationId, page);
        Map<UUID, OrganizationRef> orgs = organizations.references(
                found.stream().map(Interaction::getOrganizationId).collect(Collectors.toSet()));
        return found.stream().map(i -> view(i, network, orgs)).toList();
    }

    @Transactional(readOnly = true)
    public InteractionView interaction(UUID id) {
        Interaction interaction = ownInteraction(id);
        NetworkSummary network = networks.findById(interaction.getNetworkId()).orElseThrow();
        return view(interaction, network, organizations.references(List.of(interaction.getOrganizationId())));
    }

    /** Logs an interaction in the network's CRM, with its follow-up task when the command has one. */
    public InteractionView logInteraction(String networkSlug, InteractionCommand command) {
        NetworkSummary network = managed(networkSlug);
        CurrentUser user = currentUsers.current();
        List<FieldMessage> errors = validate(command);
        throwIfAny(errors);
        OrganizationRef organization = memberOrganization(network, command.organizationId(), "organizationId", errors);
        String contactName = contactName(organization, command.contactId(), "contactId", errors);
        UUID assignee = null;
        if (command.followUp() != null) {
            assignee = command.followUp().assigneeId() == null
                    ? user.id()
                    : command.followUp().assigneeId();
            checkAssignee(network, assignee, "followUp.assigneeId", errors);
        }
        throwIfAny(errors);
        Instant now = clock.instant();
        Interaction interaction = new Interaction(network.id(), organization.id(), user.id(), user.displayName(), now);
        interaction.change(
                command.contactId(),
                contactName,
                command.kind(),
                command.occurredAt() == null ? now : command.occurredAt(),
                command.subject().strip(),
                blankToNull(command.notes()),
                now);
        interactions.save(interaction);
        if (command.followUp() != null) {
            CrmTask task = new CrmTask(network.id(), interaction.getId(), user.id(), now);
            task.change(
                    organization.id(),
                    command.contactId(),
                    command.followUp().title().strip(),
                    null,
                    command.followUp().dueDate(),
                    assignee,
                    TaskStatus.OPEN,
                    now);
            tasks.save(task);
        }
        return view(interaction, network, Map.of(organization.id(), organization));
    }

    /** Changes an interaction (its follow-up is a task of its own and changed there). */
    public InteractionView updateInteraction(UUID id, long version, InteractionCommand command) {
        Interaction interaction = ownInteraction(id);
        requireVersion(interaction.getVersion(), version);
        NetworkSummary network = networks.findById(interaction.getNetworkId()).orElseThrow();
        List<FieldMessage> errors = validate(command);
        throwIfAny(errors);
        if (!interaction.getOrganizationId().equals(command.organizationId())) {
            errors.add(error("organizationId", "crm.error.organization-fixed"));
        }
        OrganizationRef organization = organizations
                .reference(interaction.getOrganizationId())
                .orElseThrow(() -> new NotFoundException("organization"));
        String contactName = contactName(organization, command.contactId(), "contactId", errors);
        throwIfAny(errors);
        Instant now = clock.instant();
        interaction.change(
                command.contactId(),
                contactName,
                command.kind(),
                command.occurredAt() == null ? interaction.getOccurredAt() : command.occurredAt(),
                command.subject().strip(),
                blankToNull(command.notes()),
                now);
        // Written now, so the answer carries the new version (its ETag) rather than the one before the change.
        interactions.flush();
        return view(interaction, network, Map.of(organization.id(), organization));
    }

    public void deleteInteraction(UUID id, long version) {
        Interaction interaction = ownInteraction(id);
        requireVersion(interaction.getVersion(), version);
        interactions.delete(interaction);
    }

    // ---- tasks

    @Transactional(readOnly = true)
    public List<TaskView> tasks(String networkSlug, TaskFilter filter, int limit) {
        NetworkSummary network = managed(networkSlug);
        TaskStatus status = filter.overdueOnly() ? TaskStatus.OPEN : filter.status();
        List<CrmTask> found = tasks.find(
                network.id(),
                filter.assigneeId(),
                status,
                filter.organizationId(),
                filter.overdueOnly() ? today() : null,
                PageRequest.of(0, Math.clamp(limit, 1, MAX_LIST)));
        return views(found);
    }

    /** The current person's open tasks in every network whose office they work in, due first. */
    @Transactional(readOnly = true)
    public List<TaskView> myTasks(int limit) {
        CurrentUser user = currentUsers.current();
        if (user.isAnonymous()) {
            throw new AccessDeniedException("sign in");
        }
        List<UUID> offices = user.networkRoles().entrySet().stream()
                .filter(e -> e.getValue() == NetworkRole.MANAGER)
                .map(Map.Entry::getKey)
                .toList();
        if (offices.isEmpty() && !user.platformAdmin()) {
            throw new AccessDeniedException("not in a network's office");
        }
        if (user.platformAdmin()) {
            offices = networks.all().stream().map(NetworkSummary::id).toList();
        }
        if (offices.isEmpty()) {
            return List.of();
        }
        return views(tasks.openAssignedTo(user.id(), offices, PageRequest.of(0, Math.clamp(limit, 1, MAX_LIST))));
    }

    @Transactional(readOnly = true)
    public TaskView task(UUID id) {
        return views(List.of(ownTask(id))).getFirst();
    }

    public TaskView createTask(String networkSlug, TaskCommand command) {
        NetworkSummary network = managed(networkSlug);
        CurrentUser user = currentUsers.current();
        Instant now = clock.instant();
        CrmTask task = new CrmTask(network.id(), null, user.id(), now);
        apply(task, network, command, user, now);
        tasks.save(task);
        return views(List.of(task)).getFirst();
    }

    public TaskView updateTask(UUID id, long version, TaskCommand command) {
        CrmTask task = ownTask(id);
        requireVersion(task.getVersion(), version);
        NetworkSummary network = networks.findById(task.getNetworkId()).orElseThrow();
        apply(task, network, command, currentUsers.current(), clock.instant());
        tasks.flush();
        return views(List.of(task)).getFirst();
    }

    /** Marks the task done (or reopens or cancels it). */
    public TaskView setTaskStatus(UUID id, long version, TaskStatus status) {
        CrmTask task = ownTask(id);
        requireVersion(task.getVersion(), version);
        task.setStatus(Objects.requireNonNull(status, "status"), clock.instant());
        tasks.flush();
        return views(List.of(task)).getFirst();
    }

    public void deleteTask(UUID id, long version) {
        CrmTask task = ownTask(id);
        requireVersion(task.getVersion(), version);
        tasks.delete(task);
    }

    /** The people who may be assigned a task of the network: its office. */
    @Transactional(readOnly = true)
    public List<Accounts.AccountSummary> assignees(String networkSlug) {
        NetworkSummary network = managed(networkSlug);
        return accounts.networkRoleHolders(network.id()).stream()
                .filter(h -> h.role() == NetworkRole.MANAGER)
                .map(Accounts.NetworkRoleHolder::account)
                .toList();
    }

    // ---- internals

    private void apply(CrmTask task, NetworkSummary network, TaskCommand command, CurrentUser user, Instant now) {
        List<FieldMessage> errors = validate(command);
        throwIfAny(errors);
        OrganizationRef organization = command.organizationId() == null
                ? null
                : memberOrganization(network, command.organizationId(), "organizationId", errors);
        if (organization == null && command.contactId() != null && errors.isEmpty()) {
            errors.add(error("contactId", "crm.error.contact-unknown"));
        }
        if (organization != null) {
            contactName(organization, command.contactId(), "contactId", errors);
        }
        UUID assignee = command.assigneeId() == null ? user.id() : command.assigneeId();
        checkAssignee(network, assignee, "assigneeId", errors);
        throwIfAny(errors);
        task.change(
                organization == null ? null : organization.id(),
                command.contactId(),
                command.title().strip(),
                blankToNull(command.details()),
                command.dueDate(),
                assignee,
                command.status() == null ? TaskStatus.OPEN : command.status(),
                now);
    }

    private List<TaskView> views(List<CrmTask> found) {
        Set<UUID> orgIds = found.stream()
                .map(CrmTask::getOrganizationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, OrganizationRef> orgs = orgIds.isEmpty() ? Map.of() : organizations.references(orgIds);
        Map<UUID, String> networkSlugs =
                networks.findAllById(found.stream().map(CrmTask::getNetworkId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(NetworkSummary::id, NetworkSummary::slug));
        Map<UUID, String> names = names(found.stream()
                .map(CrmTask::getAssigneeId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        LocalDate today = today();
        return found.stream()
                .map(t -> new TaskView(
                        t.getId(),
                        networkSlugs.get(t.getNetworkId()),
                        t.getOrganizationId(),
                        t.getOrganizationId() == null || !orgs.containsKey(t.getOrganizationId())
                                ? null
                                : orgs.get(t.getOrganizationId()).name(),
                        t.getContactId(),
                        t.getInteractionId(),
                        t.getTitle(),
                        t.getDetails(),
                        t.getDueDate(),
                        t.getAssigneeId(),
                        t.getAssigneeId() == null ? null : names.get(t.getAssigneeId()),
                        t.getStatus(),
                        t.getStatus() == TaskStatus.OPEN
                                && t.getDueDate() != null
                                && t.getDueDate().isBefore(today),
                        t.getCompletedAt(),
                        t.getVersion()))
                .toList();
    }

    private Map<UUID, String> names(Collection<UUID> accountIds) {
        return accountIds.stream()
                .map(accounts::findById)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(Accounts.AccountSummary::id, Accounts.AccountSummary::displayName));
    }

    private static InteractionView view(
            Interaction i, NetworkSummary network, Map<UUID, OrganizationRef> organizations) {
        OrganizationRef organization = organizations.get(i.getOrganizationId());
        return new InteractionView(
                i.getId(),
                network.slug(),
                i.getOrganizationId(),
                organization == null ? null : organization.name(),
                i.getContactId(),
                i.getContactName(),
                i.getKind(),
                i.getOccurredAt(),
                i.getSubject(),
                i.getNotes(),
                i.getAuthorName(),
                i.getVersion());
    }

    /** Rights first: the network must exist and the current person must run its office. */
    private NetworkSummary managed(String networkSlug) {
        NetworkSummary network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }

    /**
     * A record of a network whose office the person does not run does not exist for them; whoever works in no
     * office at all has no CRM (refused, not "not found").
     */
    private Interaction ownInteraction(UUID id) {
        requireSomeOffice();
        return interactions
                .findById(id)
                .filter(i -> networks.canManage(i.getNetworkId()))
                .orElseThrow(() -> new NotFoundException("interaction"));
    }

    private CrmTask ownTask(UUID id) {
        requireSomeOffice();
        return tasks.findById(id)
                .filter(t -> networks.canManage(t.getNetworkId()))
                .orElseThrow(() -> new NotFoundException("task"));
    }

    private void requireSomeOffice() {
        if (!currentUsers.current().managesAnyNetwork()) {
            throw new AccessDeniedException("not in a network's office");
        }
    }

    private OrganizationRef memberOrganization(
            NetworkSummary network, UUID organizationId, String field, List<FieldMessage> errors) {
        OrganizationRef organization = organizationId == null
                ? null
                : organizations.reference(organizationId).orElse(null);
        if (organization == null || !known(network, organization)) {
            // Not a member of this network: whether it exists elsewhere is none of this office's business.
            errors.add(error(field, "crm.error.organization-not-member"));
            return null;
        }
        return organization;
    }

    private String contactName(OrganizationRef organization, UUID contactId, String field, List<FieldMessage> errors) {
        if (contactId == null || organization == null) {
            return null;
        }
        return organization
                .contact(contactId)
                .map(OrganizationRef.ContactRef::name)
                .orElseGet(() -> {
                    errors.add(error(field, "crm.error.contact-unknown"));
                    return null;
                });
    }

    private void checkAssignee(NetworkSummary network, UUID assignee, String field, List<FieldMessage> errors) {
        Set<UUID> office = new HashSet<>();
        accounts.networkRoleHolders(network.id()).stream()
                .filter(h -> h.role() == NetworkRole.MANAGER)
                .forEach(h -> office.add(h.account().id()));
        CurrentUser user = currentUsers.current();
        // A platform admin may take a task of any network themselves.
        boolean self = user.platformAdmin() && Objects.equals(assignee, user.id());
        if (assignee == null || (!office.contains(assignee) && !self)) {
            errors.add(error(field, "crm.error.assignee-not-office"));
        }
    }

    /** The command's own rules (required fields, lengths), in the caller's language: pages and API alike. */
    private List<FieldMessage> validate(Object command) {
        List<FieldMessage> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(command)) {
            errors.add(new FieldMessage(ViolationPaths.of(violation), violation.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(FieldMessage::field));
        return errors;
    }

    private static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConflictException("error.conflict");
        }
    }

    private static void throwIfAny(List<FieldMessage> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private FieldMessage error(String field, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return new FieldMessage(field, messages.getMessage(key, null, locale));
    }
}
