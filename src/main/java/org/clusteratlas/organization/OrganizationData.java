package org.clusteratlas.organization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.clusteratlas.geo.GeoPoint;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.Slugs;

/**
 * An organization in the shape of API contract v1, for input and output, extended by the company profile (every
 * addition is optional, so contract v1 clients are unaffected). Text fields are written by people, in German, English
 * or both. Lists are never null.
 *
 * @param externalId the caller's key, unique per platform, used for idempotent upserts
 * @param networks slugs of the networks the organization belongs to (at least one)
 * @param visibility who may see the organization; when left out, a new organization is public and an existing one
 *     keeps its visibility (an omitted field must never make an office-only organization public)
 * @param industries NACE Rev. 2 / WZ 2008 divisions, two digits ("25" = manufacture of fabricated metal products)
 * @param certifications certificates held, from the managed list (ISO 9001, IATF 16949 …) or free entries
 * @param machinery machines and capacities that partners may care about
 * @param employeeBand size class; derived from {@code employees} when not given
 * @param sites further locations besides the main address
 * @param languages languages spoken with customers, ISO 639-1 codes
 * @param references reference projects
 * @param valueChainRoles where the organization stands in the value chain
 * @param sectionVisibility who may see single sections; a section without an entry is as visible as the organization
 * @param status draft or published; on input the status wanted (publishing may need the office's approval)
 * @param sharedInFederations whether the profile appears in the federations its networks share with (the state-wide
 *     competence atlas); it always stays in its own networks. New profiles are shared.
 *     <p>On input, every profile addition (industries … status) that is left out (null) keeps its stored value, so
 *     that contract v1 clients never erase what they do not know; an empty list clears it. On output none is null.
 */
public record OrganizationData(
        @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._:/-]+", message = "{organization.externalId.pattern}")
        String externalId,

        @NotEmpty @Size(max = 50)
        List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = "{validation.slug}") String> networks,

        @NotBlank @Size(max = 200) String name,
        @NotNull OrganizationKind kind,
        @Valid Description description,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> competences,
        @Size(max = 100) List<@NotNull @Valid Entry> offers,
        @Size(max = 100) List<@NotNull @Valid Entry> needs,
        @Valid Address address,
        @PositiveOrZero @Max(10_000_000) Integer employees,

        @Size(max = 300) @Pattern(regexp = "https?://[^\\s]+", message = "{organization.website.pattern}")
        String website,

        @Size(max = 50) List<@NotNull @Valid Contact> contacts,
        Visibility visibility,

        @Size(max = 20)
        List<@NotNull @Pattern(regexp = "\\d{2}", message = "{organization.industry.pattern}") String> industries,

        @Size(max = 30) List<@NotBlank @Size(max = 100) String> certifications,
        @Size(max = 100) List<@NotNull @Valid Machine> machinery,
        EmployeeBand employeeBand,
        @Min(1500) @Max(2100) Integer foundingYear,
        @Size(max = 50) List<@NotNull @Valid Site> sites,

        @Size(max = 20)
        List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "{organization.language.pattern}") String> languages,

        @Size(max = 50) List<@NotNull @Valid Reference> references,
        @Size(max = 9) List<@NotNull ValueChainRole> valueChainRoles,
        SectionVisibility sectionVisibility,
        ProfileStatus status,
        Boolean sharedInFederations) {

    public OrganizationData {
        networks = copy(networks);
        competences = copy(competences);
        offers = copy(offers);
        needs = copy(needs);
        contacts = copy(contacts);
        // The profile additions stay null when a client leaves them out: "keep what is stored". A contract v1
        // client that knows nothing of them must not wipe them (or make office-only sections public) with a PUT.
        industries = copyOrNull(industries);
        certifications = copyOrNull(certifications);
        machinery = copyOrNull(machinery);
        sites = copyOrNull(sites);
        languages = copyOrNull(languages);
        references = copyOrNull(references);
        valueChainRoles = copyOrNull(valueChainRoles);
        description = description == null ? new Description(null, null) : description;
        employeeBand = employeeBand == null && employees != null ? EmployeeBand.of(employees) : employeeBand;
    }

    /** The contract v1 fields only; every profile addition empty (and the profile published). */
    public static OrganizationData of(
            String externalId,
            List<String> networks,
            String name,
            OrganizationKind kind,
            Description description,
            List<String> competences,
            List<Entry> offers,
            List<Entry> needs,
            Address address,
            Integer employees,
            String website,
            List<Contact> contacts,
            Visibility visibility) {
        return new OrganizationData(
                externalId,
                networks,
                name,
                kind,
                description,
                competences,
                offers,
                needs,
                address,
                employees,
                website,
                contacts,
                visibility,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <T> List<T> copy(List<T> list) {
        // Not List.copyOf: a null element must reach validation and be reported, not throw here.
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** The description in German and/or English; either may be missing. */
    public record Description(
            @Size(max = 20000) String de, @Size(max = 20000) String en) {

        @JsonIgnore
        public LocalizedText toText() {
            return new LocalizedText(de, en);
        }

        public static Description of(LocalizedText text) {
            return new Description(text.de(), text.en());
        }
    }

    /**
     * An offer (a service for third parties) or a need (work a partner is sought for).
     *
     * @param concepts URIs of taxonomy concepts the entry is about; found from the title when not given
     * @param neededBy needs only: until when a partner is sought
     * @param status needs only: open (default) or fulfilled
     */
    public record Entry(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 5000) String description,
            @Size(max = 20) List<@NotBlank @Size(max = 300) String> concepts,
            LocalDate neededBy,
            NeedStatus status) {

        public Entry {
            concepts = copy(concepts);
        }

        public Entry(String title, String description) {
            this(title, description, null, null, null);
        }
    }

    /**
     * A postal address. German postal codes have five digits; other countries' codes are checked for length only.
     *
     * @param country ISO 3166-1 alpha-2, {@code DE} when missing
     * @param location where the address is, found by the platform from the postal code; ignored on input
     */
    public record Address(
            @Size(max = 200) String street,
            @Size(max = 10) String postalCode,
            @Size(max = 100) String city,

            @Pattern(regexp = "[A-Z]{2}", message = "{organization.country.pattern}")
            String country,

            GeoPoint location) {

        public Address {
            country = country == null || country.isBlank() ? "DE" : country.strip();
        }

        public Address(String street, String postalCode, String city, String country) {
            this(street, postalCode, city, country, null);
        }

        @JsonIgnore
        public boolean isEmpty() {
            return isBlank(street) && isBlank(postalCode) && isBlank(city);
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** A contact person of the organization. */
    public record Contact(
            @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Size(max = 200) String role,
            @Email @Size(max = 254) String email,

            @Size(max = 40) @Pattern(regexp = "[+0-9 ()/.-]{3,40}", message = "{organization.phone.pattern}")
            String phone,

            @Size(max = 30) List<@NotBlank @Size(max = 100) String> topics,

            @Size(max = 40) @Pattern(regexp = "[+0-9 ()/.-]{3,40}", message = "{organization.phone.pattern}")
            String mobile,

            @Size(max = 20)
            List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "{organization.language.pattern}") String>
                    languages) {

        public Contact {
            topics = copy(topics);
            languages = copy(languages);
        }

        /** A contact without mobile number and languages. */
        public Contact(
                String firstName, String lastName, String role, String email, String phone, List<String> topics) {
            this(firstName, lastName, role, email, phone, topics, null, List.of());
        }
    }

    /**
     * A machine or capacity, e.g. kind "5-Achs-Bearbeitungszentrum", details "Verfahrwege 800 × 600 × 500 mm".
     */
    public record Machine(
            @NotBlank @Size(max = 200) String kind,
            @Size(max = 2000) String details) {}

    /** A further location of the organization. */
    public record Site(
            @Size(max = 200) String name, @NotNull @Valid Address address) {}

    /** A reference project. */
    public record Reference(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 5000) String description,
            @Size(max = 200) String customer,
            @Min(1900) @Max(2100) Integer year) {}

    /**
     * Who may see single sections of the profile, beyond the organization's own visibility (a section is never more
     * visible than the organization). Missing entries mean "as visible as the organization".
     */
    public record SectionVisibility(
            Visibility offers, Visibility needs, Visibility contacts, Visibility machinery, Visibility references) {

        public static final SectionVisibility SAME_AS_ORGANIZATION =
                new SectionVisibility(null, null, null, null, null);
    }
}
