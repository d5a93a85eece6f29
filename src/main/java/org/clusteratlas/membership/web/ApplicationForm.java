package org.clusteratlas.membership.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.membership.ApplicationData;
import org.clusteratlas.organization.OrganizationKind;

/**
 * What an applicant types. The limits are those of the organization profile, so that an accepted application always
 * makes a valid profile. A bean, not a record: a record is bound through its constructor, and one unreadable value
 * (letters as the number of employees) would leave no form object to show the other entries again.
 */
class ApplicationForm {

    @NotBlank
    @Size(max = 200)
    private String organizationName = "";

    @NotNull
    private OrganizationKind kind;

    @NotBlank
    @Pattern(regexp = "\\s*\\d{5}\\s*", message = "{organization.postalCode.german}")
    private String postalCode = "";

    @NotBlank
    @Size(max = 100)
    private String city = "";

    @Size(max = 300)
    private String website = "";

    @NotNull
    @PositiveOrZero
    @Max(10_000_000)
    private Integer employees;

    private boolean partOfGroup;

    @NotBlank
    @Size(max = 100)
    private String contactFirstName = "";

    @NotBlank
    @Size(max = 100)
    private String contactLastName = "";

    @NotBlank
    @Email
    @Size(max = 254)
    private String email = "";

    @Size(max = 40)
    @Pattern(regexp = "\\s*([+0-9 ()/.-]{3,40})?\\s*", message = "{organization.phone.pattern}")
    private String phone = "";

    @Size(max = 5000)
    private String competences = "";

    @Size(max = 5000)
    private String message = "";

    @AssertTrue(message = "{membership.consent.required}")
    private boolean consent;

    /** The honeypot: not displayed to people (nor to assistive technology), filled in by form-filling bots. */
    private String homepage = "";

    /** When the form was opened (epoch milliseconds), for the time-to-submit check. */
    private Long startedAt;

    static final int MAX_COMPETENCES = 100;
    static final int MAX_COMPETENCE_LENGTH = 200;

    static ApplicationForm empty(long startedAt) {
        ApplicationForm form = new ApplicationForm();
        form.setStartedAt(startedAt);
        return form;
    }

    /** A bot filled the field people never see. */
    boolean isHoneypotFilled() {
        return homepage != null && !homepage.isBlank();
    }

    /**
     * The website with a scheme: people type "www.example.de" and mean https. Null when none was given, unchanged
     * when it cannot be read as an address (the caller reports that).
     */
    String normalizedWebsite() {
        String text = blankToNull(website);
        if (text == null) {
            return null;
        }
        return text.matches("(?i)https?://.*") ? text : "https://" + text;
    }

    /** Whether the website is an http(s) address with a host name that has a dot (a domain, not a word). */
    boolean isWebsiteValid() {
        String url = normalizedWebsite();
        if (url == null) {
            return true;
        }
        if (url.length() > 300 || url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            return host != null && host.contains(".") && !host.endsWith(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The competences, split at commas, semicolons and line breaks, without blanks and repetitions. */
    List<String> competenceList() {
        if (competences == null || competences.isBlank()) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String part : competences.split("[,;\\r\\n]+")) {
            String entry = part.strip();
            if (!entry.isEmpty()) {
                unique.putIfAbsent(entry.toLowerCase(Locale.ROOT), entry);
            }
        }
        return new ArrayList<>(unique.values());
    }

    ApplicationData toData(Locale language) {
        return new ApplicationData(
                oneLine(organizationName),
                kind,
                postalCode.strip(),
                oneLine(city),
                normalizedWebsite(),
                employees,
                partOfGroup,
                oneLine(contactFirstName),
                oneLine(contactLastName),
                email.strip(),
                blankToNull(phone),
                competenceList(),
                blankToNull(message),
                language);
    }

    /** Single-line fields stay single-line (a name goes into mail subjects, where a line break would be refused). */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String organizationName) {
        this.organizationName = organizationName;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
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

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public boolean isPartOfGroup() {
        return partOfGroup;
    }

    public void setPartOfGroup(boolean partOfGroup) {
        this.partOfGroup = partOfGroup;
    }

    public String getContactFirstName() {
        return contactFirstName;
    }

    public void setContactFirstName(String contactFirstName) {
        this.contactFirstName = contactFirstName;
    }

    public String getContactLastName() {
        return contactLastName;
    }

    public void setContactLastName(String contactLastName) {
        this.contactLastName = contactLastName;
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

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getHomepage() {
        return homepage;
    }

    public void setHomepage(String homepage) {
        this.homepage = homepage;
    }

    public Long getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Long startedAt) {
        this.startedAt = startedAt;
    }
}
