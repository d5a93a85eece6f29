package org.clusteratlas.crm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.crm.internal.CrmTag;
import org.clusteratlas.crm.internal.CrmTags;
import org.clusteratlas.crm.internal.Interactions;
import org.clusteratlas.crm.internal.MailOptOuts;
import org.clusteratlas.crm.internal.SavedFilter;
import org.clusteratlas.crm.internal.SavedFilters;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.membership.MembershipRecords;
import org.clusteratlas.membership.MembershipStatus;
import org.clusteratlas.membership.MembershipView;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationRef;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.privacy.ConsentPurpose;
import org.clusteratlas.privacy.Privacy;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments of a network's members: the filter (status, type, tag, region, competence or name, last contact), tags,
 * saved filters, and the mass actions on a segment (tag, untag, mail with an unsubscribe link). Office only, like the
 * rest of the CRM; a tag of another network is not found.
 *
 * <p>A segment is computed from the network's membership records, their organizations, tags and interactions in
 * memory: networks have hundreds to a few thousand members, and the filters combine data of three modules.
 */
@Service
@Transactional
public class Segments {

    public static final int MAX_TAG_NAME = 60;

    private final Crm crm;
    private final MembershipRecords memberships;
    private final Organizations organizations;
    private final CrmTags tags;
    private final SavedFilters savedFilters;
    private final Interactions interactions;
    private final MailOptOuts optOuts;
    private final Networks networks;
    private final CurrentUsers currentUsers;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AtlasProperties atlas;
    private final Privacy privacy;
    private final Clock clock = Clock.systemUTC();

    Segments(
            Crm crm,
            MembershipRecords memberships,
            Organizations organizations,
            CrmTags tags,
            SavedFilters savedFilters,
            Interactions interactions,
            MailOptOuts optOuts,
            Networks networks,
            CurrentUsers currentUsers,
            Mailer mailer,
            MessageSource messages,
            AtlasProperties atlas,
            Privacy privacy) {
        this.crm = crm;
        this.memberships = memberships;
        this.organizations = organizations;
        this.tags = tags;
        this.savedFilters = savedFilters;
        this.interactions = interactions;
        this.optOuts = optOuts;
        this.networks = networks;
        this.currentUsers = currentUsers;
        this.mailer = mailer;
        this.messages = messages;
        this.atlas = atlas;
        this.privacy = privacy;
    }

    /** The members of the segment, by name. */
    @Transactional(readOnly = true)
    public List<SegmentMember> members(String networkSlug, SegmentFilter filter) {
        NetworkSummary network = crm.office(networkSlug);
        List<MembershipView> records = memberships.list(networkSlug, filter.status(), filter.type()).stream()
                .filter(m -> filter.status() != null || m.status() != MembershipStatus.TERMINATED)
                .toList();
        List<CrmTag> networkTags = tags.findByNetwork(network.id());
        if (filter.tag() != null) {
            Set<UUID> tagged = networkTags.stream()
                    .filter(t -> t.getId().equals(filter.tag()))
                    .findFirst()
                    .map(CrmTag::getOrganizationIds)
                    .orElse(Set.of());
            records = records.stream()
                    .filter(m -> tagged.contains(m.organizationId()))
                    .toList();
        }
        Map<UUID, Instant> lastContacts = new HashMap<>();
        for (Object[] row : interactions.lastContacts(network.id())) {
            lastContacts.put((UUID) row[0], (Instant) row[1]);
        }
        if (filter.notContactedSince() != null) {
            Instant since =
                    filter.notContactedSince().atStartOfDay(atlas.zone()).toInstant();
            records = records.stream()
                    .filter(m -> {
                        Instant last = lastContacts.get(m.organizationId());
                        return last == null || last.isBefore(since);
                    })
                    .toList();
        }
        Map<UUID, OrganizationRef> refs = organizations.references(
                records.stream().map(MembershipView::organizationId).toList());
        String q = filter.q() == null ? null : filter.q().toLowerCase(Locale.ROOT);
        List<SegmentMember> members = new ArrayList<>();
        for (MembershipView m : records) {
            OrganizationRef o = refs.get(m.organizationId());
            if (o == null) {
                continue;
            }
            if (filter.region() != null
                    && (o.postalCode() == null || !o.postalCode().startsWith(filter.region()))) {
                continue;
            }
            if (q != null
                    && !o.name().toLowerCase(Locale.ROOT).contains(q)
                    && o.competences().stream()
                            .noneMatch(c -> c.toLowerCase(Locale.ROOT).contains(q))) {
                continue;
            }
            List<String> tagNames = networkTags.stream()
                    .filter(t -> t.getOrganizationIds().contains(o.id()))
                    .map(CrmTag::getName)
                    .toList();
            members.add(new SegmentMember(
                    o.id(),
                    o.slug(),
                    o.name(),
                    o.kind(),
                    o.postalCode(),
                    o.city(),
                    m.status(),
                    m.type(),
                    m.typeName(),
                    m.feeCategory(),
                    tagNames,
                    lastContacts.get(o.id()),
                    o.contacts()));
        }
        members.sort(Comparator.comparing(SegmentMember::name, String.CASE_INSENSITIVE_ORDER));
        return members;
    }

    // ---- tags

    @Transactional(readOnly = true)
    public List<TagView> tags(String networkSlug) {
        NetworkSummary network = crm.office(networkSlug);
        return tags.findByNetwork(network.id()).stream()
                .map(t -> view(t, network))
                .toList();
    }

    @Transactional(readOnly = true)
    public TagView tag(UUID id) {
        CrmTag tag = ownTag(id);
        return view(tag, network(tag));
    }

    /** A new tag of the network. @throws ConflictException when the network has one of that name */
    public TagView createTag(String networkSlug, String name) {
        NetworkSummary network = crm.office(networkSlug);
        String checked = checkName(name);
        if (tags.findByNetworkIdAndNameKey(network.id(), CrmTag.key(checked)).isPresent()) {
            throw new ConflictException("crm.tag.error.exists", checked);
        }
        CrmTag tag = tags.save(new CrmTag(network.id(), checked, clock.instant()));
        return view(tag, network);
    }

    public TagView renameTag(UUID id, long version, String name) {
        CrmTag tag = ownTag(id);
        if (tag.getVersion() != version) {
            throw new ConflictException("error.conflict");
        }
        String checked = checkName(name);
        tags.findByNetworkIdAndNameKey(tag.getNetworkId(), CrmTag.key(checked))
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new ConflictException("crm.tag.error.exists", checked);
                });
        tag.rename(checked);
        tags.flush();
        return view(tag, network(tag));
    }

    public void deleteTag(UUID id) {
        tags.delete(ownTag(id));
    }

    /** Puts the tag on the organizations, which must be the network's members (or applicants, or former members). */
    public TagView assign(UUID id, Collection<UUID> organizationIds) {
        CrmTag tag = ownTag(id);
        NetworkSummary network = network(tag);
        checkKnown(network, organizationIds);
        tag.getOrganizationIds().addAll(organizationIds);
        tags.flush();
        return view(tag, network);
    }

    public TagView unassign(UUID id, Collection<UUID> organizationIds) {
        CrmTag tag = ownTag(id);
        tag.getOrganizationIds().removeAll(organizationIds);
        tags.flush();
        return view(tag, network(tag));
    }

    /** The mass action "tag": the tag of that name (created when new) on the chosen members. */
    public TagView tagMembers(String networkSlug, String tagName, Collection<UUID> organizationIds) {
        NetworkSummary network = crm.office(networkSlug);
        String checked = checkName(tagName);
        CrmTag tag = tags.findByNetworkIdAndNameKey(network.id(), CrmTag.key(checked))
                .orElseGet(() -> tags.save(new CrmTag(network.id(), checked, clock.instant())));
        checkKnown(network, organizationIds);
        tag.getOrganizationIds().addAll(organizationIds);
        return view(tag, network);
    }

    // ---- saved filters

    @Transactional(readOnly = true)
    public List<SavedFilterView> savedFilters(String networkSlug) {
        NetworkSummary network = crm.office(networkSlug);
        return savedFilters.findByNetworkIdOrderByName(network.id()).stream()
                .map(f -> new SavedFilterView(f.getId(), f.getName(), f.getQuery()))
                .toList();
    }

    public SavedFilterView saveFilter(String networkSlug, String name, SegmentFilter filter) {
        NetworkSummary network = crm.office(networkSlug);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new ValidationFailedException(List.of(new FieldMessage("name", message("crm.filter.error.name"))));
        }
        CurrentUser user = currentUsers.current();
        SavedFilter saved = savedFilters.save(
                new SavedFilter(network.id(), name.strip(), filter.toQuery(), user.displayName(), clock.instant()));
        return new SavedFilterView(saved.getId(), saved.getName(), saved.getQuery());
    }

    public void deleteFilter(String networkSlug, UUID id) {
        NetworkSummary network = crm.office(networkSlug);
        SavedFilter filter = savedFilters
                .findById(id)
                .filter(f -> f.getNetworkId().equals(network.id()))
                .orElseThrow(() -> new NotFoundException("filter"));
        savedFilters.delete(filter);
    }

    // ---- mail to a segment

    /** Who a mail to the segment would reach: each contact person's address once, without those who unsubscribed. */
    @Transactional(readOnly = true)
    public List<String> recipients(String networkSlug, SegmentFilter filter) {
        NetworkSummary network = crm.office(networkSlug);
        Set<String> unsubscribed = optOuts.unsubscribed(network.id());
        Set<String> withdrawn = privacy.withdrawnAddresses(network.id(), ConsentPurpose.NEWSLETTER);
        Map<String, String> addresses = new LinkedHashMap<>();
        for (SegmentMember member : members(networkSlug, filter)) {
            for (OrganizationRef.ContactRef contact : member.contacts()) {
                if (contact.email() != null && !contact.email().isBlank()) {
                    String key = MailOptOuts.normalized(contact.email());
                    if (!unsubscribed.contains(key) && !withdrawn.contains(key)) {
                        addresses.putIfAbsent(key, contact.email().strip());
                    }
                }
            }
        }
        return List.copyOf(addresses.values());
    }

    /**
     * Mails the segment's contact persons through the platform's mail queue, each with a link to unsubscribe from the
     * office's mail. Queued in this transaction: all or none.
     *
     * @return how many mails were queued
     */
    public int mail(String networkSlug, SegmentFilter filter, String subject, String body) {
        NetworkSummary network = crm.office(networkSlug);
        List<FieldMessage> errors = new ArrayList<>();
        if (subject == null || subject.isBlank() || subject.strip().length() > 200) {
            errors.add(new FieldMessage("subject", message("crm.mail.error.subject")));
        }
        if (body == null || body.isBlank() || body.length() > 20_000) {
            errors.add(new FieldMessage("body", message("crm.mail.error.body")));
        }
        List<String> recipients = errors.isEmpty() ? recipients(networkSlug, filter) : List.of();
        if (errors.isEmpty() && recipients.isEmpty()) {
            errors.add(new FieldMessage("recipients", message("crm.mail.error.nobody")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Instant now = clock.instant();
        Locale language = Locale.GERMAN;
        for (String recipient : recipients) {
            String link = atlas.baseUrl() + "/unsubscribe/" + optOuts.token(network.id(), recipient, now);
            mailer.send(new OutgoingMail(
                    recipient,
                    subject.strip(),
                    body.strip()
                            + "\n\n-- \n"
                            + messages.getMessage(
                                    "crm.mail.footer",
                                    new Object[] {network.name().in(language), link},
                                    language)));
        }
        return recipients.size();
    }

    /** The network an unsubscribe link is for, to ask "really?"; empty for an unknown link. Public. */
    @Transactional(readOnly = true)
    public Optional<NetworkSummary> unsubscribeTarget(String token) {
        return optOuts.recipient(token).flatMap(r -> networks.findById(r.networkId()));
    }

    /** Unsubscribes the link's address from the network's mail. Public: the link is the proof. */
    public boolean unsubscribe(String token) {
        Optional<MailOptOuts.Recipient> recipient = optOuts.recipient(token);
        recipient.ifPresent(r -> {
            optOuts.unsubscribe(r.networkId(), r.email(), clock.instant());
            privacy.recordByPerson(r.email(), r.networkId(), ConsentPurpose.NEWSLETTER, false, "unsubscribe link");
        });
        return recipient.isPresent();
    }

    // ---- internals

    private void checkKnown(NetworkSummary network, Collection<UUID> organizationIds) {
        Map<UUID, OrganizationRef> refs = organizations.references(organizationIds);
        List<UUID> unknown = organizationIds.stream()
                .filter(id -> !refs.containsKey(id)
                        || (!refs.get(id).networkIds().contains(network.id())
                                && !memberships.hasRecord(network.id(), id)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ValidationFailedException(List.of(new FieldMessage(
                    "organizationIds",
                    message(
                            "crm.tag.error.not-member",
                            unknown.stream().map(UUID::toString).collect(Collectors.joining(", "))))));
        }
    }

    private String checkName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_TAG_NAME) {
            throw new ValidationFailedException(
                    List.of(new FieldMessage("name", message("crm.tag.error.name", MAX_TAG_NAME))));
        }
        return name.strip();
    }

    private CrmTag ownTag(UUID id) {
        if (!currentUsers.current().managesAnyNetwork()) {
            throw new AccessDeniedException("not in a network's office");
        }
        return tags.findById(id)
                .filter(t -> networks.canManage(t.getNetworkId()))
                .orElseThrow(() -> new NotFoundException("tag"));
    }

    private NetworkSummary network(CrmTag tag) {
        return networks.findById(tag.getNetworkId()).orElseThrow();
    }

    private static TagView view(CrmTag tag, NetworkSummary network) {
        return new TagView(
                tag.getId(),
                network.slug(),
                tag.getName(),
                tag.getOrganizationIds().size(),
                tag.getVersion());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
