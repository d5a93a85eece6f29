package org.clusteratlas.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.clusteratlas.organization.EmployeeBand;
import org.clusteratlas.organization.NeedStatus;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.ProfileStatus;
import org.clusteratlas.organization.ValueChainRole;
import org.clusteratlas.organization.Visibility;

/**
 * The organization form. A mutable bean because rows (offers, needs, contacts, machinery, sites, references) are
 * bound by index ({@code offers[2].title}); the data is checked by the same validation as the API after conversion.
 */
public class OrganizationForm {

    /** Certificates offered as checkboxes; anything else is typed as a free entry. */
    static final List<String> MANAGED_CERTIFICATIONS = List.of(
            "ISO 9001",
            "IATF 16949",
            "ISO 14001",
            "ISO 45001",
            "ISO 50001",
            "ISO/IEC 27001",
            "ISO 13485",
            "EN 9100",
            "EN 1090",
            "ISO 3834",
            "TISAX",
            "EMAS");

    /** Languages offered as checkboxes (ISO 639-1). */
    static final List<String> LANGUAGES =
            List.of("de", "en", "fr", "it", "es", "nl", "pl", "cs", "tr", "ru", "uk", "ar", "zh");

    private String externalId;
    private String name;
    private OrganizationKind kind = OrganizationKind.COMPANY;
    private List<String> networks = new ArrayList<>();
    private String descriptionDe;
    private String descriptionEn;
    private String competences;
    private List<EntryRow> offers = new ArrayList<>();
    private List<EntryRow> needs = new ArrayList<>();
    private String street;
    private String postalCode;
    private String city;
    private String country = "DE";
    private Integer employees;
    private String website;
    private List<ContactRow> contacts = new ArrayList<>();
    private Visibility visibility = Visibility.PUBLIC;
    private boolean sharedInFederations = true;
    private List<String> industries = new ArrayList<>();
    private List<String> certifications = new ArrayList<>();
    private String otherCertifications;
    private List<MachineRow> machinery = new ArrayList<>();
    private EmployeeBand employeeBand;
    private Integer foundingYear;
    private List<SiteRow> sites = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private List<ReferenceRow> references = new ArrayList<>();
    private List<ValueChainRole> valueChainRoles = new ArrayList<>();
    private Visibility offersVisibility;
    private Visibility needsVisibility;
    private Visibility contactsVisibility;
    private Visibility machineryVisibility;
    private Visibility referencesVisibility;
    private ProfileStatus status = ProfileStatus.PUBLISHED;

    static OrganizationForm of(OrganizationData data) {
        OrganizationForm form = new OrganizationForm();
        form.externalId = data.externalId();
        form.name = data.name();
        form.kind = data.kind();
        form.networks = new ArrayList<>(data.networks());
        form.descriptionDe = data.description().de();
        form.descriptionEn = data.description().en();
        form.competences = String.join("\n", data.competences());
        data.offers().forEach(e -> form.offers.add(EntryRow.of(e)));
        data.needs().forEach(e -> form.needs.add(EntryRow.of(e)));
        if (data.address() != null) {
            form.street = data.address().street();
            form.postalCode = data.address().postalCode();
            form.city = data.address().city();
            form.country = data.address().country();
        }
        form.employees = data.employees();
        form.website = data.website();
        data.contacts()
                .forEach(c -> form.contacts.add(new ContactRow(
                        c.firstName(),
                        c.lastName(),
                        c.role(),
                        c.email(),
                        c.phone(),
                        String.join(", ", c.topics()),
                        c.mobile(),
                        String.join(", ", c.languages()))));
        form.visibility = data.visibility();
        form.sharedInFederations = !Boolean.FALSE.equals(data.sharedInFederations());
        form.industries = new ArrayList<>(data.industries());
        form.certifications = new ArrayList<>(data.certifications().stream()
                .filter(MANAGED_CERTIFICATIONS::contains)
                .toList());
        form.otherCertifications = String.join(
                "\n",
                data.certifications().stream()
                        .filter(Predicate.not(MANAGED_CERTIFICATIONS::contains))
                        .toList());
        data.machinery().forEach(m -> form.machinery.add(new MachineRow(m.kind(), m.details())));
        form.employeeBand = data.employeeBand();
        form.foundingYear = data.foundingYear();
        data.sites()
                .forEach(s -> form.sites.add(new SiteRow(
                        s.name(),
                        s.address().street(),
                        s.address().postalCode(),
                        s.address().city(),
                        s.address().country())));
        form.languages = new ArrayList<>(data.languages());
        data.references()
                .forEach(
                        r -> form.references.add(new ReferenceRow(r.title(), r.description(), r.customer(), r.year())));
        form.valueChainRoles = new ArrayList<>(data.valueChainRoles());
        form.offersVisibility = data.sectionVisibility().offers();
        form.needsVisibility = data.sectionVisibility().needs();
        form.contactsVisibility = data.sectionVisibility().contacts();
        form.machineryVisibility = data.sectionVisibility().machinery();
        form.referencesVisibility = data.sectionVisibility().references();
        form.status = data.status();
        return form;
    }

    /** Empty rows (a blank row is always offered for typing) are dropped; everything else is kept as typed. */
    OrganizationData toData() {
        Set<String> allCertifications = new LinkedHashSet<>(certifications);
        allCertifications.addAll(lines(otherCertifications));
        return new OrganizationData(
                blankToNull(externalId),
                networks,
                name,
                kind,
                new OrganizationData.Description(descriptionDe, descriptionEn),
                lines(competences),
                offers.stream()
                        .filter(row -> !row.isBlank())
                        .map(row -> row.toEntry(false))
                        .toList(),
                needs.stream()
                        .filter(row -> !row.isBlank())
                        .map(row -> row.toEntry(true))
                        .toList(),
                new OrganizationData.Address(street, postalCode, city, blankToNull(country)),
                employees,
                blankToNull(website),
                contacts.stream()
                        .filter(row -> !row.isBlank())
                        .map(row -> new OrganizationData.Contact(
                                row.getFirstName(),
                                row.getLastName(),
                                blankToNull(row.getRole()),
                                blankToNull(row.getEmail()),
                                blankToNull(row.getPhone()),
                                row.getTopics() == null
                                        ? List.of()
                                        : Arrays.stream(row.getTopics().split("[,;\\n]"))
                                                .map(String::strip)
                                                .filter(s -> !s.isEmpty())
                                                .toList(),
                                blankToNull(row.getMobile()),
                                row.getLanguages() == null
                                        ? List.of()
                                        : Arrays.stream(row.getLanguages().split("[,;\\s]+"))
                                                .map(l -> l.strip().toLowerCase(java.util.Locale.ROOT))
                                                .filter(l -> !l.isEmpty())
                                                .toList()))
                        .toList(),
                visibility,
                industries,
                List.copyOf(allCertifications),
                machinery.stream()
                        .filter(row -> !row.isBlank())
                        .map(row -> new OrganizationData.Machine(row.getKind(), blankToNull(row.getDetails())))
                        .toList(),
                employeeBand,
                foundingYear,
                sites.stream()
                        .filter(row -> !row.isBlank())
                        .map(row -> new OrganizationData.Site(
                                blankToNull(row.getName()),
                                new OrganizationData.Address(
                                        row.getStreet(),
                                        row.getPostalCode(),
                                        row.getCity(),
                                        blankToNull(row.getCountry()))))
                        .toList(),
                languages,
                references.stream()
                        .filter(row -> !row.isBlank())
                        .map(row -> new OrganizationData.Reference(
                                row.getTitle(),
                                blankToNull(row.getDescription()),
                                blankToNull(row.getCustomer()),
                                row.getYear()))
                        .toList(),
                valueChainRoles,
                new OrganizationData.SectionVisibility(
                        offersVisibility,
                        needsVisibility,
                        contactsVisibility,
                        machineryVisibility,
                        referencesVisibility),
                status,
                sharedInFederations);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /**
     * The form field an API field path belongs to: {@code address.postalCode} is {@code postalCode},
     * {@code description.de} is {@code descriptionDe}, {@code competences[3]} is {@code competences}. Row paths
     * ({@code offers[0].title}) are the same in both, as long as no blank row was dropped before it.
     */
    static String formField(String apiField) {
        if (apiField.startsWith("address.")) {
            return apiField.substring("address.".length());
        }
        if (apiField.startsWith("description.")) {
            return "description" + capitalize(apiField.substring("description.".length()));
        }
        for (String list : List.of("competences", "networks", "industries", "languages", "valueChainRoles")) {
            if (apiField.startsWith(list)) {
                return list;
            }
        }
        if (apiField.startsWith("certifications")) {
            return "otherCertifications";
        }
        if (apiField.matches("sites\\[\\d+]\\.address\\..*")) {
            return apiField.replace(".address.", ".");
        }
        if (apiField.matches("contacts\\[\\d+]\\.topics.*")) {
            return apiField.substring(0, apiField.indexOf(".topics")) + ".topics";
        }
        if (apiField.matches("contacts\\[\\d+]\\.languages.*")) {
            return apiField.substring(0, apiField.indexOf(".languages")) + ".languages";
        }
        if (apiField.matches("(offers|needs)\\[\\d+]\\.concepts.*")) {
            return apiField.substring(0, apiField.indexOf(".concepts")) + ".title";
        }
        return apiField;
    }

    /** Keeps one empty row of each list for typing, so the form works without JavaScript. */
    void ensureBlankRows() {
        if (offers.stream().noneMatch(EntryRow::isBlank)) {
            offers.add(new EntryRow());
        }
        if (needs.stream().noneMatch(EntryRow::isBlank)) {
            needs.add(new EntryRow());
        }
        if (contacts.stream().noneMatch(ContactRow::isBlank)) {
            contacts.add(new ContactRow());
        }
        if (machinery.stream().noneMatch(MachineRow::isBlank)) {
            machinery.add(new MachineRow());
        }
        if (sites.stream().noneMatch(SiteRow::isBlank)) {
            sites.add(new SiteRow());
        }
        if (references.stream().noneMatch(ReferenceRow::isBlank)) {
            references.add(new ReferenceRow());
        }
    }

    /** Adds an empty row to the named list; other names (a forged request) are ignored. */
    void addRow(String list) {
        switch (list) {
            case "offers" -> offers.add(new EntryRow());
            case "needs" -> needs.add(new EntryRow());
            case "contacts" -> contacts.add(new ContactRow());
            case "machinery" -> machinery.add(new MachineRow());
            case "sites" -> sites.add(new SiteRow());
            case "references" -> references.add(new ReferenceRow());
            default -> {
                // nothing to add
            }
        }
    }

    /** Drops blank rows before validation so that row indexes match those of {@link #toData()}. */
    void dropBlankRows() {
        offers.removeIf(EntryRow::isBlank);
        needs.removeIf(EntryRow::isBlank);
        contacts.removeIf(ContactRow::isBlank);
        machinery.removeIf(MachineRow::isBlank);
        sites.removeIf(SiteRow::isBlank);
        references.removeIf(ReferenceRow::isBlank);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static boolean allBlank(Object... values) {
        return Stream.of(values).allMatch(v -> v == null || (v instanceof String s && s.isBlank()));
    }

    // Getters and setters for binding.

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public List<String> getNetworks() {
        return networks;
    }

    public void setNetworks(List<String> networks) {
        this.networks = networks == null ? new ArrayList<>() : networks;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }

    public List<EntryRow> getOffers() {
        return offers;
    }

    public void setOffers(List<EntryRow> offers) {
        this.offers = offers;
    }

    public List<EntryRow> getNeeds() {
        return needs;
    }

    public void setNeeds(List<EntryRow> needs) {
        this.needs = needs;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactRow> contacts) {
        this.contacts = contacts;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public boolean isSharedInFederations() {
        return sharedInFederations;
    }

    public void setSharedInFederations(boolean sharedInFederations) {
        this.sharedInFederations = sharedInFederations;
    }

    public List<String> getIndustries() {
        return industries;
    }

    public void setIndustries(List<String> industries) {
        this.industries = industries == null ? new ArrayList<>() : industries;
    }

    public List<String> getCertifications() {
        return certifications;
    }

    public void setCertifications(List<String> certifications) {
        this.certifications = certifications == null ? new ArrayList<>() : certifications;
    }

    public String getOtherCertifications() {
        return otherCertifications;
    }

    public void setOtherCertifications(String otherCertifications) {
        this.otherCertifications = otherCertifications;
    }

    public List<MachineRow> getMachinery() {
        return machinery;
    }

    public void setMachinery(List<MachineRow> machinery) {
        this.machinery = machinery;
    }

    public EmployeeBand getEmployeeBand() {
        return employeeBand;
    }

    public void setEmployeeBand(EmployeeBand employeeBand) {
        this.employeeBand = employeeBand;
    }

    public Integer getFoundingYear() {
        return foundingYear;
    }

    public void setFoundingYear(Integer foundingYear) {
        this.foundingYear = foundingYear;
    }

    public List<SiteRow> getSites() {
        return sites;
    }

    public void setSites(List<SiteRow> sites) {
        this.sites = sites;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public List<ReferenceRow> getReferences() {
        return references;
    }

    public void setReferences(List<ReferenceRow> references) {
        this.references = references;
    }

    public List<ValueChainRole> getValueChainRoles() {
        return valueChainRoles;
    }

    public void setValueChainRoles(List<ValueChainRole> valueChainRoles) {
        this.valueChainRoles = valueChainRoles == null ? new ArrayList<>() : valueChainRoles;
    }

    public Visibility getOffersVisibility() {
        return offersVisibility;
    }

    public void setOffersVisibility(Visibility offersVisibility) {
        this.offersVisibility = offersVisibility;
    }

    public Visibility getNeedsVisibility() {
        return needsVisibility;
    }

    public void setNeedsVisibility(Visibility needsVisibility) {
        this.needsVisibility = needsVisibility;
    }

    public Visibility getContactsVisibility() {
        return contactsVisibility;
    }

    public void setContactsVisibility(Visibility contactsVisibility) {
        this.contactsVisibility = contactsVisibility;
    }

    public Visibility getMachineryVisibility() {
        return machineryVisibility;
    }

    public void setMachineryVisibility(Visibility machineryVisibility) {
        this.machineryVisibility = machineryVisibility;
    }

    public Visibility getReferencesVisibility() {
        return referencesVisibility;
    }

    public void setReferencesVisibility(Visibility referencesVisibility) {
        this.referencesVisibility = referencesVisibility;
    }

    public ProfileStatus getStatus() {
        return status;
    }

    public void setStatus(ProfileStatus status) {
        this.status = status;
    }

    /** One offer or need row; concepts travel along as a hidden field, space-separated URIs. */
    public static class EntryRow {

        private String title;
        private String description;
        private String concepts;
        private LocalDate neededBy;
        private NeedStatus status;

        public EntryRow() {}

        static EntryRow of(OrganizationData.Entry entry) {
            EntryRow row = new EntryRow();
            row.title = entry.title();
            row.description = entry.description();
            row.concepts = String.join(" ", entry.concepts());
            row.neededBy = entry.neededBy();
            row.status = entry.status();
            return row;
        }

        OrganizationData.Entry toEntry(boolean need) {
            return new OrganizationData.Entry(
                    title,
                    description,
                    concepts == null || concepts.isBlank()
                            ? List.of()
                            : List.of(concepts.strip().split("\\s+")),
                    need ? neededBy : null,
                    need ? status : null);
        }

        boolean isBlank() {
            return allBlank(title, description) && neededBy == null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getConcepts() {
            return concepts;
        }

        public void setConcepts(String concepts) {
            this.concepts = concepts;
        }

        public LocalDate getNeededBy() {
            return neededBy;
        }

        public void setNeededBy(LocalDate neededBy) {
            this.neededBy = neededBy;
        }

        public NeedStatus getStatus() {
            return status;
        }

        public void setStatus(NeedStatus status) {
            this.status = status;
        }
    }

    /** One contact person row; topics are typed comma-separated. */
    public static class ContactRow {

        private String firstName;
        private String lastName;
        private String role;
        private String email;
        private String phone;
        private String topics;
        private String mobile;
        private String languages;

        public ContactRow() {}

        ContactRow(
                String firstName,
                String lastName,
                String role,
                String email,
                String phone,
                String topics,
                String mobile,
                String languages) {
            this.firstName = firstName;
            this.lastName = lastName;
            this.role = role;
            this.email = email;
            this.phone = phone;
            this.topics = topics;
            this.mobile = mobile;
            this.languages = languages;
        }

        boolean isBlank() {
            return allBlank(firstName, lastName, role, email, phone, topics, mobile, languages);
        }

        public String getMobile() {
            return mobile;
        }

        public void setMobile(String mobile) {
            this.mobile = mobile;
        }

        public String getLanguages() {
            return languages;
        }

        public void setLanguages(String languages) {
            this.languages = languages;
        }

        public String getFirstName() {
            return firstName;
        }

        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        public String getLastName() {
            return lastName;
        }

        public void setLastName(String lastName) {
            this.lastName = lastName;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getTopics() {
            return topics;
        }

        public void setTopics(String topics) {
            this.topics = topics;
        }
    }

    /** One machine or capacity row. */
    public static class MachineRow {

        private String kind;
        private String details;

        public MachineRow() {}

        MachineRow(String kind, String details) {
            this.kind = kind;
            this.details = details;
        }

        boolean isBlank() {
            return allBlank(kind, details);
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getDetails() {
            return details;
        }

        public void setDetails(String details) {
            this.details = details;
        }
    }

    /** One further site row. */
    public static class SiteRow {

        private String name;
        private String street;
        private String postalCode;
        private String city;
        private String country = "DE";

        public SiteRow() {}

        SiteRow(String name, String street, String postalCode, String city, String country) {
            this.name = name;
            this.street = street;
            this.postalCode = postalCode;
            this.city = city;
            this.country = country;
        }

        boolean isBlank() {
            return allBlank(name, street, postalCode, city);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }
    }

    /** One reference project row. */
    public static class ReferenceRow {

        private String title;
        private String description;
        private String customer;
        private Integer year;

        public ReferenceRow() {}

        ReferenceRow(String title, String description, String customer, Integer year) {
            this.title = title;
            this.description = description;
            this.customer = customer;
            this.year = year;
        }

        boolean isBlank() {
            return allBlank(title, description, customer, year);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getCustomer() {
            return customer;
        }

        public void setCustomer(String customer) {
            this.customer = customer;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }
    }
}
