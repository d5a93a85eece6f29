package org.clusteratlas.organization.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.Visibility;

/**
 * The organization form. A mutable bean because rows of offers, needs and contacts are bound by index
 * ({@code offers[2].title}); the data is checked by the same validation as the API after conversion.
 */
public class OrganizationForm {

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

    static OrganizationForm of(OrganizationData data) {
        OrganizationForm form = new OrganizationForm();
        form.externalId = data.externalId();
        form.name = data.name();
        form.kind = data.kind();
        form.networks = new ArrayList<>(data.networks());
        form.descriptionDe = data.description().de();
        form.descriptionEn = data.description().en();
        form.competences = String.join("\n", data.competences());
        data.offers().forEach(e -> form.offers.add(new EntryRow(e.title(), e.description())));
        data.needs().forEach(e -> form.needs.add(new EntryRow(e.title(), e.description())));
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
                        c.firstName(), c.lastName(), c.role(), c.email(), c.phone(), String.join(", ", c.topics()))));
        form.visibility = data.visibility();
        return form;
    }

    /** Empty rows (a blank row is always offered for typing) are dropped; everything else is kept as typed. */
    OrganizationData toData() {
        return new OrganizationData(
                blankToNull(externalId),
                networks,
                name,
                kind,
                new OrganizationData.Description(descriptionDe, descriptionEn),
                competences == null
                        ? List.of()
                        : Arrays.stream(competences.split("\\R"))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList(),
                offers.stream()
                        .filter(row -> !row.isBlank())
                        .map(row -> new OrganizationData.Entry(row.getTitle(), row.getDescription()))
                        .toList(),
                needs.stream()
                        .filter(row -> !row.isBlank())
                        .map(row -> new OrganizationData.Entry(row.getTitle(), row.getDescription()))
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
                                                .toList()))
                        .toList(),
                visibility);
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
        if (apiField.startsWith("competences")) {
            return "competences";
        }
        if (apiField.startsWith("networks")) {
            return "networks";
        }
        if (apiField.matches("contacts\\[\\d+]\\.topics.*")) {
            return apiField.substring(0, apiField.indexOf(".topics")) + ".topics";
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
    }

    /** Adds an empty row to the named list ("offers", "needs" or "contacts"); other names are ignored. */
    void addRow(String list) {
        switch (list) {
            case "offers" -> offers.add(new EntryRow());
            case "needs" -> needs.add(new EntryRow());
            case "contacts" -> contacts.add(new ContactRow());
            default -> {
                // an unknown list name comes from a forged request; there is nothing to add
            }
        }
    }

    /** Drops blank rows before validation so that row indexes match those of {@link #toData()}. */
    void dropBlankRows() {
        offers.removeIf(EntryRow::isBlank);
        needs.removeIf(EntryRow::isBlank);
        contacts.removeIf(ContactRow::isBlank);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

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

    /** One offer or need row. */
    public static class EntryRow {

        private String title;
        private String description;

        public EntryRow() {}

        EntryRow(String title, String description) {
            this.title = title;
            this.description = description;
        }

        boolean isBlank() {
            return blankToNull(title) == null && blankToNull(description) == null;
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
    }

    /** One contact person row; topics are typed comma-separated. */
    public static class ContactRow {

        private String firstName;
        private String lastName;
        private String role;
        private String email;
        private String phone;
        private String topics;

        public ContactRow() {}

        ContactRow(String firstName, String lastName, String role, String email, String phone, String topics) {
            this.firstName = firstName;
            this.lastName = lastName;
            this.role = role;
            this.email = email;
            this.phone = phone;
            this.topics = topics;
        }

        boolean isBlank() {
            return blankToNull(firstName) == null
                    && blankToNull(lastName) == null
                    && blankToNull(role) == null
                    && blankToNull(email) == null
                    && blankToNull(phone) == null
                    && blankToNull(topics) == null;
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
}
