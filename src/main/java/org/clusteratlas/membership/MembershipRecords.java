package org.clusteratlas.membership;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.membership.internal.Membership;
import org.clusteratlas.membership.internal.MembershipRepository;
import org.clusteratlas.membership.internal.MembershipTypeEntry;
import org.clusteratlas.membership.internal.MembershipTypeRepository;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationNetworksChanged;
import org.clusteratlas.organization.OrganizationRef;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.organization.OrganizationsMerged;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.ViolationPaths;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The office's membership records: which organization is what kind of member of the network, since when, in which
 * status, at which fee category, and how that came to be.
 *
 * <p>Membership in the network itself (what search and the network's lists show) is the organization module's
 * {@code organization_network}. The two are kept in step both ways inside one transaction: a status that belongs to
 * the network (active, suspended) adds the organization to it, others remove it; and an organization the office adds
 * to or removes from its network by profile or import gets or ends its record here ({@link #on}).
 *
 * <p>Rights as in the CRM: a network's office (and platform admins) only; a record of another network is not found.
 */
@Service
@Transactional
public class MembershipRecords {

    private static final List<String> DEFAULT_TYPES = List.of("full", "supporting", "partner", "curator", "honorary");

    /** Key of the per-transaction cache of each network's default type (see {@link #defaultType}). */
    private static final Object DEFAULT_TYPE_CACHE = new Object();

    private final MembershipRepository memberships;
    private final MembershipTypeRepository types;
    private final Networks networks;
    private final Organizations organizations;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();
    private final ZoneId zone;

    MembershipRecords(
            MembershipRepository memberships,
            MembershipTypeRepository types,
            Networks networks,
            Organizations organizations,
            CurrentUsers currentUsers,
            MessageSource messages,
            Validator validator,
            AtlasProperties atlas,
            ApplicationEventPublisher events) {
        this.events = events;
        this.memberships = memberships;
        this.types = types;
        this.networks = networks;
        this.organizations = organizations;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.validator = validator;
        this.zone = atlas.zone();
    }

    /** The network's memberships by status and type (null: all), by organization name. */
    @Transactional(readOnly = true)
    public List<MembershipView> list(String networkSlug, MembershipStatus status, String type) {
        NetworkSummary network = office(networkSlug);
        List<Membership> found = memberships.find(network.id(), status, type);
        Map<UUID, OrganizationRef> orgs = organizations.references(
                found.stream().map(Membership::getOrganizationId).collect(Collectors.toSet()));
        Map<String, MembershipType> typesByCode = typesByCode(network.id());
        return found.stream()
                .map(m -> view(m, network, orgs.get(m.getOrganizationId()), typesByCode, false))
                .sorted(Comparator.comparing(
                        (MembershipView v) -> v.organizationName() == null ? "" : v.organizationName(),
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** One membership with its history; {@link NotFoundException} for one of a network the person does not run. */
    @Transactional(readOnly = true)
    public MembershipView get(UUID id) {
        Membership membership = own(id);
        return view(membership);
    }

    /** The organization's membership in the network, with history, when there is one (office only). */
    @Transactional(readOnly = true)
    public java.util.Optional<MembershipView> of(String networkSlug, UUID organizationId) {
        NetworkSummary network = office(networkSlug);
        return memberships
                .findByNetworkIdAndOrganizationId(network.id(), organizationId)
                .map(m -> view(
                        m,
                        network,
                        organizations.reference(organizationId).orElse(null),
                        typesByCode(network.id()),
                        true));
    }

    /**
     * Whether the organization has a membership record in the network, in any status (applicants and former members
     * included). No rights check: for modules that checked the office's rights themselves.
     */
    @Transactional(readOnly = true)
    public boolean hasRecord(UUID networkId, UUID organizationId) {
        return memberships
                .findByNetworkIdAndOrganizationId(networkId, organizationId)
                .isPresent();
    }

    /**
     * Records a membership of an organization that has none in the network yet (an applicant, or a member the
     * office admits directly). An active one joins the network at once.
     */
    public MembershipView create(String networkSlug, MembershipCommand command) {
        NetworkSummary network = office(networkSlug);
        List<FieldMessage> errors = validate(command);
        OrganizationRef organization = command.organizationId() == null
                ? null
                : organizations.reference(command.organizationId()).orElse(null);
        if (organization == null) {
            errors.add(error("organizationId", "membership.record.error.organization-unknown"));
        }
        Map<String, MembershipType> typesByCode = typesByCode(network.id());
        String type = command.type() == null ? typesByCode.keySet().iterator().next() : command.type();
        checkType(typesByCode, type, errors);
        throwIfAny(errors);
        if (memberships
                .findByNetworkIdAndOrganizationId(network.id(), organization.id())
                .isPresent()) {
            throw new ConflictException("membership.record.error.exists");
        }
        MembershipStatus status = command.status() == null ? MembershipStatus.ACTIVE : command.status();
        if (status == MembershipStatus.SUSPENDED || status == MembershipStatus.TERMINATED) {
            throw new ValidationFailedException(List.of(error("status", "membership.record.error.new-status")));
        }
        FeeCategory fee = command.feeCategory() == null ? FeeCategory.STANDARD : command.feeCategory();
        Instant now = clock.instant();
        Membership membership = new Membership(network.id(), organization.id(), now);
        membership.change(type, status, fee, effective(command), blankToNull(command.reason()), who(), now);
        memberships.save(membership);
        follow(membership, organization);
        activated(membership, null);
        return view(membership);
    }

    /**
     * Changes status, type or fee category. A status may only move along the lifecycle (see
     * {@link MembershipStatus#next()}); suspending and terminating need a reason.
     *
     * @throws ConflictException when the membership changed since {@code version}
     */
    public MembershipView change(UUID id, long version, MembershipCommand command) {
        Membership membership = own(id);
        if (membership.getVersion() != version) {
            throw new ConflictException("error.conflict");
        }
        List<FieldMessage> errors = validate(command);
        Map<String, MembershipType> typesByCode = typesByCode(membership.getNetworkId());
        String type = command.type() == null ? membership.getType() : command.type();
        if (!type.equals(membership.getType())) {
            checkType(typesByCode, type, errors);
        }
        MembershipStatus status = command.status() == null ? membership.getStatus() : command.status();
        if (status != membership.getStatus() && !membership.getStatus().next().contains(status)) {
            errors.add(new FieldMessage(
                    "status",
                    message(
                            "membership.record.error.transition",
                            label(membership.getStatus()),
                            label(status),
                            membership.getStatus().next().stream()
                                    .map(this::label)
                                    .collect(Collectors.joining(", ")))));
        }
        if (status != membership.getStatus() && status.needsReason() && blankToNull(command.reason()) == null) {
            errors.add(error("reason", "membership.record.error.reason"));
        }
        throwIfAny(errors);
        FeeCategory fee = command.feeCategory() == null ? membership.getFeeCategory() : command.feeCategory();
        if (status == membership.getStatus()
                && type.equals(membership.getType())
                && fee == membership.getFeeCategory()) {
            return view(membership);
        }
        MembershipStatus before = membership.getStatus();
        membership.change(type, status, fee, effective(command), blankToNull(command.reason()), who(), clock.instant());
        activated(membership, before);
        follow(
                membership,
                organizations.reference(membership.getOrganizationId()).orElseThrow());
        // Written now, so the answer carries the new version (its ETag) rather than the one before the change.
        memberships.flush();
        return view(membership);
    }

    /** The membership types of the network, in its order: its own, or the platform's defaults. Public. */
    @Transactional(readOnly = true)
    public List<MembershipType> types(String networkSlug) {
        NetworkSummary network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        return List.copyOf(typesByCode(network.id()).values());
    }

    /**
     * Replaces the network's membership types. A type still held by a membership cannot be dropped: the office
     * changes those memberships first.
     */
    public List<MembershipType> replaceTypes(String networkSlug, List<MembershipType> wanted) {
        NetworkSummary network = office(networkSlug);
        List<FieldMessage> errors = new ArrayList<>();
        if (wanted.isEmpty()) {
            errors.add(error("types", "membership.type.error.empty"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            MembershipType type = wanted.get(i);
            for (ConstraintViolation<MembershipType> violation : validator.validate(type)) {
                errors.add(
                        new FieldMessage("types[" + i + "]." + ViolationPaths.of(violation), violation.getMessage()));
            }
            if (type.code() != null && !codes.add(type.code())) {
                errors.add(error("types[" + i + "].code", "membership.type.error.duplicate"));
            }
        }
        Set<String> dropped = new HashSet<>(typesByCode(network.id()).keySet());
        dropped.removeAll(codes);
        if (errors.isEmpty() && !dropped.isEmpty() && memberships.existsByNetworkIdAndTypeIn(network.id(), dropped)) {
            errors.add(new FieldMessage(
                    "types",
                    message(
                            "membership.type.error.in-use",
                            String.join(", ", dropped.stream().sorted().toList()))));
        }
        throwIfAny(errors);
        types.deleteByNetwork(network.id());
        types.flush();
        for (int i = 0; i < wanted.size(); i++) {
            MembershipType type = wanted.get(i);
            types.save(new MembershipTypeEntry(
                    network.id(),
                    type.code(),
                    type.nameDe().strip(),
                    type.nameEn().strip(),
                    i));
        }
        return List.copyOf(wanted);
    }

    /** Members by status, then by type, for the office's dashboard. */
    @Transactional(readOnly = true)
    public Map<MembershipStatus, Map<String, Long>> counts(String networkSlug) {
        NetworkSummary network = office(networkSlug);
        Map<MembershipStatus, Map<String, Long>> counts = new EnumMap<>(MembershipStatus.class);
        for (Object[] row : memberships.countByStatusAndType(network.id())) {
            counts.computeIfAbsent((MembershipStatus) row[0], s -> new LinkedHashMap<>())
                    .put((String) row[1], (Long) row[2]);
        }
        return counts;
    }

    /**
     * The organization joined or left networks by a profile change or import of the office: a new member gets an
     * active record (or its ended one is resumed), one that left has its record terminated. Changes this class made
     * itself arrive here too and find the record already in the matching status.
     */
    @EventListener
    void on(OrganizationNetworksChanged event) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (UUID networkId : event.joined()) {
            Membership membership = event.created()
                    ? null
                    : memberships
                            .findByNetworkIdAndOrganizationId(networkId, event.organizationId())
                            .orElse(null);
            if (membership == null) {
                membership = new Membership(networkId, event.organizationId(), now);
                membership.change(
                        defaultType(networkId),
                        MembershipStatus.ACTIVE,
                        FeeCategory.defaultFor(event.kind()),
                        today,
                        null,
                        who(),
                        now);
                memberships.save(membership);
                activated(membership, null);
            } else if (!membership.getStatus().inNetwork()) {
                MembershipStatus before = membership.getStatus();
                membership.change(
                        membership.getType(),
                        MembershipStatus.ACTIVE,
                        membership.getFeeCategory(),
                        today,
                        null,
                        who(),
                        now);
                activated(membership, before);
            }
        }
        for (UUID networkId : event.left()) {
            memberships
                    .findByNetworkIdAndOrganizationId(networkId, event.organizationId())
                    .filter(m -> m.getStatus().inNetwork())
                    .ifPresent(m -> m.change(
                            m.getType(),
                            MembershipStatus.TERMINATED,
                            m.getFeeCategory(),
                            today,
                            messages.getMessage("membership.record.reason.removed", null, Locale.GERMAN),
                            who(),
                            now));
        }
    }

    /**
     * A duplicate was merged: its records move to the survivor; where the survivor has its own record in the network,
     * that one stays and takes the duplicate's history.
     */
    @EventListener
    void on(OrganizationsMerged merged) {
        Instant now = clock.instant();
        for (Membership duplicate : memberships.findByOrganizationId(merged.duplicateId())) {
            java.util.Optional<Membership> own =
                    memberships.findByNetworkIdAndOrganizationId(duplicate.getNetworkId(), merged.survivorId());
            if (own.isPresent()) {
                own.get().absorb(duplicate, who(), now);
                memberships.delete(duplicate);
            } else {
                duplicate.moveTo(merged.survivorId(), LocalDate.now(clock.withZone(zone)), who(), now);
            }
        }
        memberships.flush();
    }

    /** An accepted application: its record begins with the day the organization applied. */
    void recordApplication(UUID networkId, UUID organizationId, Instant submittedAt) {
        memberships
                .findByNetworkIdAndOrganizationId(networkId, organizationId)
                .ifPresent(m -> m.recordApplication(LocalDate.ofInstant(submittedAt, zone), submittedAt, null));
    }

    // ---- internals

    /** Tells other modules (billing) that a membership began, unless it only came back from a suspension. */
    private void activated(Membership membership, MembershipStatus before) {
        if (membership.getStatus() == MembershipStatus.ACTIVE
                && before != MembershipStatus.ACTIVE
                && before != MembershipStatus.SUSPENDED) {
            events.publishEvent(new MembershipActivated(
                    membership.getNetworkId(),
                    membership.getId(),
                    membership.getOrganizationId(),
                    membership.getSince(),
                    membership.getFeeCategory()));
        }
    }

    /** The organization follows its membership into or out of the network. */
    private void follow(Membership membership, OrganizationRef organization) {
        boolean inNetwork = organization.networkIds().contains(membership.getNetworkId());
        if (membership.getStatus().inNetwork() && !inNetwork) {
            organizations.joinNetwork(organization.id(), membership.getNetworkId());
        } else if (!membership.getStatus().inNetwork() && inNetwork) {
            organizations.leaveNetwork(organization.id(), membership.getNetworkId());
        }
    }

    /**
     * The type a member gets when the office adds it without choosing one: the network's first. Asked once per
     * network and transaction: a bulk import announces hundreds of new members per transaction.
     */
    private String defaultType(UUID networkId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return typesByCode(networkId).keySet().iterator().next();
        }
        @SuppressWarnings("unchecked")
        Map<UUID, String> cache = (Map<UUID, String>) TransactionSynchronizationManager.getResource(DEFAULT_TYPE_CACHE);
        if (cache == null) {
            Map<UUID, String> fresh = new java.util.HashMap<>();
            TransactionSynchronizationManager.bindResource(DEFAULT_TYPE_CACHE, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DEFAULT_TYPE_CACHE);
                }
            });
            cache = fresh;
        }
        return cache.computeIfAbsent(
                networkId, id -> typesByCode(id).keySet().iterator().next());
    }

    private Map<String, MembershipType> typesByCode(UUID networkId) {
        Map<String, MembershipType> byCode = new LinkedHashMap<>();
        types.findByNetwork(networkId)
                .forEach(t -> byCode.put(t.getCode(), new MembershipType(t.getCode(), t.getNameDe(), t.getNameEn())));
        if (byCode.isEmpty()) {
            for (String code : DEFAULT_TYPES) {
                String key = "membership.type.default." + code;
                byCode.put(
                        code,
                        new MembershipType(
                                code,
                                messages.getMessage(key, null, Locale.GERMAN),
                                messages.getMessage(key, null, Locale.ENGLISH)));
            }
        }
        return byCode;
    }

    private void checkType(Map<String, MembershipType> typesByCode, String type, List<FieldMessage> errors) {
        if (!typesByCode.containsKey(type)) {
            errors.add(new FieldMessage(
                    "type", message("membership.record.error.type", String.join(", ", typesByCode.keySet()))));
        }
    }

    private MembershipView view(Membership membership) {
        NetworkSummary network = networks.findById(membership.getNetworkId()).orElseThrow();
        return view(
                membership,
                network,
                organizations.reference(membership.getOrganizationId()).orElse(null),
                typesByCode(network.id()),
                true);
    }

    private MembershipView view(
            Membership m,
            NetworkSummary network,
            OrganizationRef organization,
            Map<String, MembershipType> typesByCode,
            boolean withHistory) {
        MembershipType type = typesByCode.get(m.getType());
        return new MembershipView(
                m.getId(),
                network.slug(),
                m.getOrganizationId(),
                organization == null ? null : organization.name(),
                organization == null ? null : organization.slug(),
                m.getType(),
                type == null ? m.getType() : type.name(LocaleContextHolder.getLocale()),
                m.getStatus(),
                m.getFeeCategory(),
                m.getAppliedOn(),
                m.getSince(),
                m.getEndedOn(),
                m.getStatusReason(),
                withHistory
                        ? m.getHistory().stream()
                                .map(c -> new MembershipView.Change(
                                        c.getChangedAt(),
                                        c.getEffectiveOn(),
                                        c.getChangedBy(),
                                        c.getFromStatus(),
                                        c.getToStatus(),
                                        c.getType(),
                                        c.getFeeCategory(),
                                        c.getReason()))
                                .toList()
                        : List.of(),
                m.getVersion());
    }

    private NetworkSummary office(String networkSlug) {
        NetworkSummary network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }

    private Membership own(UUID id) {
        if (!currentUsers.current().managesAnyNetwork()) {
            throw new AccessDeniedException("not in a network's office");
        }
        return memberships
                .findById(id)
                .filter(m -> networks.canManage(m.getNetworkId()))
                .orElseThrow(() -> new NotFoundException("membership"));
    }

    private LocalDate effective(MembershipCommand command) {
        return command.effectiveOn() == null ? LocalDate.now(clock.withZone(zone)) : command.effectiveOn();
    }

    private String who() {
        CurrentUser user = currentUsers.current();
        return user.isAnonymous() ? null : user.displayName();
    }

    private List<FieldMessage> validate(MembershipCommand command) {
        List<FieldMessage> errors = new ArrayList<>();
        for (ConstraintViolation<MembershipCommand> violation : validator.validate(command)) {
            errors.add(new FieldMessage(ViolationPaths.of(violation), violation.getMessage()));
        }
        return errors;
    }

    private String label(MembershipStatus status) {
        return message("membership.record.status." + status.name());
    }

    private FieldMessage error(String field, String key) {
        return new FieldMessage(field, message(key));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static void throwIfAny(List<FieldMessage> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
