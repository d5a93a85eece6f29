package org.clusteratlas.organization.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.GeoPoint;
import org.clusteratlas.organization.GeocodeStatus;
import org.clusteratlas.organization.NeedStatus;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.Visibility;
import org.clusteratlas.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * Between the organization entity and its data in the API's shape: writes every field (geocoding addresses and
 * mapping typed competences and entries to taxonomy concepts on the way), and reads them back, leaving out the
 * sections the reader may not see.
 */
@Component
public class ProfileMapper {

    private final Gazetteer gazetteer;
    private final Taxonomy taxonomy;

    ProfileMapper(Gazetteer gazetteer, Taxonomy taxonomy) {
        this.gazetteer = gazetteer;
        this.taxonomy = taxonomy;
    }

    /**
     * Writes the data onto the entity (the status is the caller's decision and is not touched here). Profile
     * additions left out (null) keep their stored values; with {@code complete} (a form that shows every field) a
     * missing founding year or size class means "none".
     */
    public void apply(
            Organization organization, OrganizationData data, Map<String, UUID> networkIds, boolean complete) {
        // The external id is the importer's key: an update that leaves it out keeps it, or the next import of the
        // same key would create a duplicate.
        if (blankToNull(data.externalId()) != null) {
            organization.setExternalId(data.externalId().strip());
        }
        organization.setName(data.name().strip());
        organization.setKind(data.kind());
        organization.setDescription(data.description().toText());
        List<String> competences =
                data.competences().stream().map(String::strip).distinct().toList();
        replace(organization.getCompetences(), competences);
        replace(
                organization.getCompetenceConcepts(),
                taxonomy.mapAndRecord(competences).conceptUris());
        replace(organization.getOffers(), entries(data.offers(), false));
        replace(organization.getNeeds(), entries(data.needs(), true));
        OrganizationData.Address address = data.address();
        organization.setAddress(
                address == null || address.isEmpty()
                        ? null
                        : new PostalAddress(
                                blankToNull(address.street()),
                                blankToNull(address.postalCode()),
                                blankToNull(address.city()),
                                address.country()));
        geocode(organization);
        organization.setEmployees(data.employees());
        organization.setWebsite(blankToNull(data.website()));
        if (data.visibility() != null) {
            organization.setVisibility(data.visibility());
        } else if (organization.getVisibility() == null) {
            organization.setVisibility(Visibility.PUBLIC);
        }
        if (data.sharedInFederations() != null) {
            organization.setFederationShared(data.sharedInFederations());
        }
        replace(
                organization.getNetworkIds(),
                data.networks().stream().map(networkIds::get).toList());
        mergeContacts(organization, data.contacts());

        if (data.industries() != null) {
            replace(
                    organization.getIndustries(),
                    data.industries().stream().distinct().sorted().toList());
        }
        if (data.certifications() != null) {
            replace(
                    organization.getCertifications(),
                    data.certifications().stream().map(String::strip).distinct().toList());
        }
        if (data.machinery() != null) {
            replace(
                    organization.getMachinery(),
                    data.machinery().stream()
                            .map(m -> new MachineEntry(m.kind().strip(), blankToNull(m.details())))
                            .toList());
        }
        if (data.employeeBand() != null || complete) {
            organization.setEmployeeBand(data.employeeBand());
        }
        if (data.foundingYear() != null || complete) {
            organization.setFoundingYear(data.foundingYear());
        }
        if (data.sites() != null) {
            replace(
                    organization.getSites(),
                    data.sites().stream().map(this::site).toList());
        }
        if (data.languages() != null) {
            replace(
                    organization.getLanguages(),
                    data.languages().stream().distinct().sorted().toList());
        }
        if (data.references() != null) {
            replace(
                    organization.getReferences(),
                    data.references().stream()
                            .map(r -> new ReferenceEntry(
                                    r.title().strip(),
                                    blankToNull(r.description()),
                                    blankToNull(r.customer()),
                                    r.year()))
                            .toList());
        }
        if (data.valueChainRoles() != null) {
            replace(
                    organization.getValueChainRoles(),
                    data.valueChainRoles().stream().distinct().sorted().toList());
        }
        OrganizationData.SectionVisibility sections = data.sectionVisibility();
        if (sections != null) {
            organization.setSectionVisibility(
                    sections.offers(),
                    sections.needs(),
                    sections.contacts(),
                    sections.machinery(),
                    sections.references());
        }
        organization.touch();
    }

    /**
     * The organization's data as far as the reader may see it. {@code readerLevel} is the most private visibility
     * the reader is entitled to for this organization; sections marked more private come back empty.
     */
    public OrganizationData read(Organization o, Map<UUID, String> networkSlugs, Visibility readerLevel) {
        PostalAddress address = o.getAddress();
        return new OrganizationData(
                o.getExternalId(),
                o.getNetworkIds().stream()
                        .map(networkSlugs::get)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList(),
                o.getName(),
                o.getKind(),
                OrganizationData.Description.of(o.getDescription()),
                List.copyOf(o.getCompetences()),
                visible(o.getOffersVisibility(), readerLevel)
                        ? o.getOffers().stream().map(ProfileMapper::entry).toList()
                        : List.of(),
                visible(o.getNeedsVisibility(), readerLevel)
                        ? o.getNeeds().stream().map(ProfileMapper::entry).toList()
                        : List.of(),
                address == null
                        ? null
                        : new OrganizationData.Address(
                                address.street(),
                                address.postalCode(),
                                address.city(),
                                address.country(),
                                o.getLatitude() == null ? null : new GeoPoint(o.getLatitude(), o.getLongitude())),
                o.getEmployees(),
                o.getWebsite(),
                visible(o.getContactsVisibility(), readerLevel)
                        ? o.getContacts().stream()
                                .map(c -> new OrganizationData.Contact(
                                        c.getFirstName(),
                                        c.getLastName(),
                                        c.getRole(),
                                        c.getEmail(),
                                        c.getPhone(),
                                        List.copyOf(c.getTopics()),
                                        c.getMobile(),
                                        List.copyOf(c.getLanguages())))
                                .toList()
                        : List.of(),
                o.getVisibility(),
                List.copyOf(o.getIndustries()),
                List.copyOf(o.getCertifications()),
                visible(o.getMachineryVisibility(), readerLevel)
                        ? o.getMachinery().stream()
                                .map(m -> new OrganizationData.Machine(m.kind(), m.details()))
                                .toList()
                        : List.of(),
                o.getEmployeeBand(),
                o.getFoundingYear(),
                o.getSites().stream().map(ProfileMapper::site).toList(),
                List.copyOf(o.getLanguages()),
                visible(o.getReferencesVisibility(), readerLevel)
                        ? o.getReferences().stream()
                                .map(r -> new OrganizationData.Reference(
                                        r.title(), r.description(), r.customer(), r.year()))
                                .toList()
                        : List.of(),
                List.copyOf(o.getValueChainRoles()),
                new OrganizationData.SectionVisibility(
                        o.getOffersVisibility(),
                        o.getNeedsVisibility(),
                        o.getContactsVisibility(),
                        o.getMachineryVisibility(),
                        o.getReferencesVisibility()),
                o.getStatus(),
                o.isFederationShared());
    }

    /** A section is shown when the reader's level reaches the section's (none set: as visible as the organization). */
    public static boolean visible(Visibility section, Visibility readerLevel) {
        return section == null || section.ordinal() <= readerLevel.ordinal();
    }

    /**
     * Places the address with the offline gazetteer. An unknown postal code is kept as typed and flagged, never
     * dropped: the editor is told, and the office finds the organization in its list of addresses to check.
     */
    private void geocode(Organization organization) {
        PostalAddress address = organization.getAddress();
        if (address == null || address.postalCode() == null || !"DE".equals(address.country())) {
            organization.locate(null, null, null, GeocodeStatus.NO_ADDRESS);
            return;
        }
        gazetteer
                .locate(address.postalCode(), address.city())
                .ifPresentOrElse(
                        place -> organization.locate(
                                place.location().lat(), place.location().lon(), place.state(), GeocodeStatus.LOCATED),
                        () -> organization.locate(null, null, null, GeocodeStatus.UNKNOWN_POSTAL_CODE));
    }

    private SiteEntry site(OrganizationData.Site site) {
        OrganizationData.Address address = site.address();
        GeoPoint location = "DE".equals(address.country())
                ? gazetteer
                        .locate(address.postalCode(), address.city())
                        .map(p -> p.location())
                        .orElse(null)
                : null;
        return new SiteEntry(
                blankToNull(site.name()),
                blankToNull(address.street()),
                blankToNull(address.postalCode()),
                blankToNull(address.city()),
                address.country(),
                location == null ? null : location.lat(),
                location == null ? null : location.lon());
    }

    private static OrganizationData.Site site(SiteEntry site) {
        return new OrganizationData.Site(
                site.name(),
                new OrganizationData.Address(
                        site.street(),
                        site.postalCode(),
                        site.city(),
                        site.country(),
                        site.latitude() == null ? null : new GeoPoint(site.latitude(), site.longitude())));
    }

    /** Entries keep the concepts given; without any, the title is mapped to the taxonomy. */
    private List<ProfileEntry> entries(List<OrganizationData.Entry> entries, boolean needs) {
        List<ProfileEntry> result = new ArrayList<>();
        for (OrganizationData.Entry e : entries) {
            List<String> concepts = e.concepts().isEmpty()
                    ? taxonomy.map(List.of(e.title())).conceptUris()
                    : e.concepts().stream().map(String::strip).distinct().toList();
            result.add(new ProfileEntry(
                    e.title().strip(),
                    blankToNull(e.description()),
                    concepts,
                    needs ? e.neededBy() : null,
                    needs ? (e.status() == null ? NeedStatus.OPEN : e.status()) : null));
        }
        return result;
    }

    private static OrganizationData.Entry entry(ProfileEntry e) {
        return new OrganizationData.Entry(e.title(), e.description(), e.concepts(), e.neededBy(), e.status());
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
                person = new ContactPerson(UUID.randomUUID(), organization);
            }
            person.describe(
                    blankToNull(contact.firstName()),
                    contact.lastName().strip(),
                    blankToNull(contact.role()),
                    blankToNull(contact.email()),
                    blankToNull(contact.phone()),
                    contact.topics().stream().map(String::strip).toList());
            person.reach(
                    blankToNull(contact.mobile()),
                    contact.languages().stream().distinct().toList());
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

    private static <T> void replace(Collection<T> target, Collection<T> values) {
        if (target instanceof List<T> list && values instanceof List<T> wanted && list.equals(wanted)) {
            // Unchanged lists are left alone, so Hibernate does not rewrite their rows on every save.
            return;
        }
        if (target instanceof Set<T> set && new LinkedHashSet<>(values).equals(set)) {
            return;
        }
        target.clear();
        target.addAll(values);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
