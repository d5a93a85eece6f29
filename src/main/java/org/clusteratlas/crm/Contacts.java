package org.clusteratlas.crm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.crm.internal.ContactRoles;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.membership.MembershipRecords;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationRef;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact persons of a network's members, for its office: who they are, for which organizations they speak, and
 * which roles they hold in the network. A person who is the contact of two members (the same e-mail address) is one
 * person here. The persons themselves are part of their organizations' profiles (edited there, by the member or the
 * office); the network roles are the office's own records.
 */
@Service
@Transactional
public class Contacts {

    private final Crm crm;
    private final Segments segments;
    private final Organizations organizations;
    private final MembershipRecords memberships;
    private final ContactRoles roles;
    private final Networks networks;
    private final CurrentUsers currentUsers;

    Contacts(
            Crm crm,
            Segments segments,
            Organizations organizations,
            MembershipRecords memberships,
            ContactRoles roles,
            Networks networks,
            CurrentUsers currentUsers) {
        this.crm = crm;
        this.segments = segments;
        this.organizations = organizations;
        this.memberships = memberships;
        this.roles = roles;
        this.networks = networks;
        this.currentUsers = currentUsers;
    }

    /** The network's contact persons whose name, e-mail, role or topics contain {@code q} (all when blank). */
    @Transactional(readOnly = true)
    public List<ContactView> list(String networkSlug, String q, NetworkRole role) {
        NetworkSummary network = crm.office(networkSlug);
        List<OrganizationRef> members = segments.members(networkSlug, SegmentFilter.ALL).stream()
                .map(m -> new OrganizationRef(
                        m.id(),
                        m.slug(),
                        m.name(),
                        m.kind(),
                        m.postalCode(),
                        m.city(),
                        List.of(),
                        Set.of(),
                        m.contacts()))
                .toList();
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        return people(network, members).stream()
                .filter(p -> role == null || p.networkRoles().contains(role))
                .filter(p -> needle == null || matches(p, needle))
                .sorted(Comparator.comparing(ContactView::lastName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(c -> c.firstName() == null ? "" : c.firstName()))
                .toList();
    }

    /** One person, by any of their contact entries; not found unless an office the person runs knows them. */
    @Transactional(readOnly = true)
    public ContactView get(UUID contactId) {
        if (!currentUsers.current().managesAnyNetwork()) {
            throw new AccessDeniedException("not in a network's office");
        }
        OrganizationRef organization =
                organizations.referenceByContact(contactId).orElseThrow(() -> new NotFoundException("contact"));
        NetworkSummary network = officeKnowing(organization);
        return list(network.slug(), null, null).stream()
                .filter(p ->
                        p.organizations().stream().anyMatch(l -> l.contactId().equals(contactId)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("contact"));
    }

    /** Sets the person's roles in the network of the office that knows them. */
    public ContactView setRoles(UUID contactId, Collection<NetworkRole> wanted) {
        ContactView person = get(contactId);
        NetworkSummary network = networks.findBySlug(person.network()).orElseThrow();
        roles.replace(
                network.id(),
                person.organizations().stream().map(ContactView.Link::contactId).toList(),
                person.id(),
                wanted.isEmpty() ? EnumSet.noneOf(NetworkRole.class) : EnumSet.copyOf(wanted));
        return get(contactId);
    }

    private NetworkSummary officeKnowing(OrganizationRef organization) {
        for (NetworkSummary network : networks.all()) {
            if (networks.canManage(network.id())
                    && (organization.networkIds().contains(network.id())
                            || memberships.hasRecord(network.id(), organization.id()))) {
                return network;
            }
        }
        throw new NotFoundException("contact");
    }

    private List<ContactView> people(NetworkSummary network, List<OrganizationRef> members) {
        Map<UUID, Set<NetworkRole>> held = roles.of(network.id());
        Map<String, List<Object[]>> byPerson = new LinkedHashMap<>();
        for (OrganizationRef organization : members) {
            for (OrganizationRef.ContactRef contact : organization.contacts()) {
                String key = contact.email() == null || contact.email().isBlank()
                        ? contact.id().toString()
                        : contact.email().strip().toLowerCase(Locale.ROOT);
                byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[] {organization, contact});
            }
        }
        List<ContactView> people = new ArrayList<>();
        for (List<Object[]> entries : byPerson.values()) {
            OrganizationRef.ContactRef first = (OrganizationRef.ContactRef) entries.getFirst()[1];
            List<ContactView.Link> links = new ArrayList<>();
            Set<NetworkRole> personRoles = EnumSet.noneOf(NetworkRole.class);
            List<String> topics = new ArrayList<>();
            for (Object[] entry : entries) {
                OrganizationRef organization = (OrganizationRef) entry[0];
                OrganizationRef.ContactRef contact = (OrganizationRef.ContactRef) entry[1];
                links.add(new ContactView.Link(contact.id(), organization.id(), organization.name(), contact.role()));
                personRoles.addAll(held.getOrDefault(contact.id(), Set.of()));
                contact.topics().stream().filter(t -> !topics.contains(t)).forEach(topics::add);
            }
            people.add(new ContactView(
                    first.id(),
                    network.slug(),
                    first.firstName(),
                    first.lastName(),
                    first.name(),
                    first.email(),
                    first.phone(),
                    first.mobile(),
                    first.languages(),
                    topics,
                    links,
                    personRoles));
        }
        return people;
    }

    private static boolean matches(ContactView person, String needle) {
        return contains(person.name(), needle)
                || contains(person.email(), needle)
                || person.topics().stream().anyMatch(t -> contains(t, needle))
                || person.organizations().stream()
                        .anyMatch(l -> contains(l.role(), needle) || contains(l.organizationName(), needle));
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
