package org.clusteratlas.jobs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * A posting as its organization writes it. The rules Bean Validation cannot express (a title and description in at
 * least one language, min ≤ max, a location unless fully remote, the channel's address) are checked by
 * {@link JobBoard}, once for pages and API.
 *
 * @param organizationId the posting organization; taken from the address on pages, required in the API
 * @param skills URIs of competence concepts of the taxonomy
 * @param contactId a contact person of the organization's profile; else {@code contactName}/{@code contactEmail}
 * @param validThrough the last day the posting is shown; null for the configured default from today
 * @param publish true to publish (or submit for approval), false to keep a draft
 */
public record PostingCommand(
        UUID organizationId,
        @NotNull JobKind kind,
        @NotNull LocalizedText title,
        @NotNull LocalizedText description,
        @Valid List<Location> locations,
        @NotNull RemoteOption remote,
        @NotNull EmploymentType employmentType,
        @DecimalMin("1") @DecimalMax("80") BigDecimal hoursPerWeek,
        @DecimalMin("0") @DecimalMax("9999999999") BigDecimal salaryMin,
        @DecimalMin("0") @DecimalMax("9999999999") BigDecimal salaryMax,
        @Pattern(regexp = "[A-Z]{3}") String salaryCurrency,
        SalaryPeriod salaryPeriod,
        List<@Size(max = 300) String> skills,
        LocalDate startDate,
        UUID contactId,
        @Size(max = 200) String contactName,
        @Email @Size(max = 254) String contactEmail,
        @NotNull ApplicationChannel channel,
        @Email @Size(max = 254) String applyEmail,
        @Size(max = 500) String applyUrl,
        LocalDate validThrough,
        Boolean publish) {

    public PostingCommand {
        locations = locations == null ? List.of() : List.copyOf(locations);
        skills = skills == null
                ? List.of()
                : skills.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        contactName = blankToNull(contactName);
        contactEmail = blankToNull(contactEmail);
        applyEmail = blankToNull(applyEmail);
        applyUrl = blankToNull(applyUrl);
        salaryCurrency = blankToNull(salaryCurrency);
    }

    /** One place of work. */
    public record Location(
            @NotBlank @Pattern(regexp = "\\d{5}") String postalCode,
            @NotBlank @Size(max = 100) String city) {}

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
