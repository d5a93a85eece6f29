package org.clusteratlas.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * A posting as pages, feeds and the API show it. Public readers only ever get PUBLISHED postings before their
 * {@code validThrough}; the other states are for the organization's editors and its networks' offices.
 *
 * @param datePosted the day it was first published; null while never published
 * @param salary null when the organization gave none
 */
public record PostingView(
        UUID id,
        String slug,
        UUID organizationId,
        String organizationSlug,
        String organizationName,
        JobKind kind,
        LocalizedText title,
        LocalizedText description,
        List<LocationView> locations,
        RemoteOption remote,
        EmploymentType employmentType,
        BigDecimal hoursPerWeek,
        Salary salary,
        List<Skill> skills,
        LocalDate startDate,
        String contactName,
        String contactEmail,
        ApplicationChannel channel,
        String applyEmail,
        String applyUrl,
        PostingStatus status,
        String statusReason,
        LocalDate datePosted,
        LocalDate validThrough,
        List<UUID> networkIds,
        Instant createdAt,
        long version) {

    public record LocationView(String postalCode, String city, Double latitude, Double longitude) {}

    public record Salary(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {}

    /** A skill of the taxonomy: its concept URI and its preferred label. */
    public record Skill(String uri, LocalizedText label) {}

    /** The address of the public job page. */
    public String path() {
        return "/jobs/" + slug;
    }

    public String titleIn(Locale locale) {
        return title.in(locale);
    }

    /** "24937 Flensburg, 24103 Kiel". */
    public String places() {
        return String.join(
                ", ",
                locations.stream().map(l -> l.postalCode() + " " + l.city()).toList());
    }
}
