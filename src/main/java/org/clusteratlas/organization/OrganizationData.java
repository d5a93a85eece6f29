package org.clusteratlas.organization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.Slugs;

/**
 * An organization in the shape of API contract v1, for input and output. Text fields are written by people, in
 * German, English or both. Lists are never null.
 *
 * @param externalId the caller's key, unique per platform, used for idempotent upserts
 * @param networks slugs of the networks the organization belongs to (at least one)
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
        Visibility visibility) {

    public OrganizationData {
        networks = copy(networks);
        competences = copy(competences);
        offers = copy(offers);
        needs = copy(needs);
        contacts = copy(contacts);
        description = description == null ? new Description(null, null) : description;
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }

    private static <T> List<T> copy(List<T> list) {
        // Not List.copyOf: a null element must reach validation and be reported, not throw here.
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
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

    /** An offer (a service for third parties) or a need (work a partner is sought for). */
    public record Entry(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 5000) String description) {}

    /**
     * A postal address. German postal codes have five digits; other countries' codes are checked for length only.
     *
     * @param country ISO 3166-1 alpha-2, {@code DE} when missing
     */
    public record Address(
            @Size(max = 200) String street,
            @Size(max = 10) String postalCode,
            @Size(max = 100) String city,

            @Pattern(regexp = "[A-Z]{2}", message = "{organization.country.pattern}")
            String country) {

        public Address {
            country = country == null || country.isBlank() ? "DE" : country.strip();
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

            @Size(max = 30) List<@NotBlank @Size(max = 100) String> topics) {

        public Contact {
            topics = topics == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(topics));
        }
    }
}
