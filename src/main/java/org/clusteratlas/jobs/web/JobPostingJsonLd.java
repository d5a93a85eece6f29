package org.clusteratlas.jobs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.jobs.JobKind;
import org.clusteratlas.jobs.PostingView;
import org.clusteratlas.jobs.RemoteOption;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code JobPosting} JSON-LD for a job page, with the properties Google requires (title, description,
 * datePosted, validThrough, hiringOrganization, jobLocation, or applicantLocationRequirements with jobLocationType
 * TELECOMMUTE for fully remote work) and the recommended ones the posting has (employmentType, baseSalary,
 * identifier).
 */
final class JobPostingJsonLd {

    private JobPostingJsonLd() {}

    static String of(PostingView posting, String siteUrl, Locale locale, java.time.ZoneId zone, JsonMapper json) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org/");
        ld.put("@type", "JobPosting");
        ld.put("title", posting.title().in(locale));
        ld.put("description", html(posting.description().in(locale)));
        ld.put(
                "identifier",
                Map.of(
                        "@type",
                        "PropertyValue",
                        "name",
                        posting.organizationName(),
                        "value",
                        posting.id().toString()));
        ld.put("url", siteUrl + posting.path());
        if (posting.datePosted() != null) {
            ld.put("datePosted", posting.datePosted().toString());
        }
        // The end of the last day in the networks' zone, with its offset: schema.org wants a date-time, and without an
        // offset a reader in another zone would take the posting down hours early or late.
        ld.put(
                "validThrough",
                posting.validThrough()
                        .atTime(23, 59, 59)
                        .atZone(zone)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", posting.organizationName());
        organization.put("sameAs", siteUrl + "/o/" + posting.organizationSlug());
        ld.put("hiringOrganization", organization);
        ld.put("employmentType", employmentType(posting));
        if (!posting.locations().isEmpty()) {
            ld.put(
                    "jobLocation",
                    posting.locations().stream()
                            .map(l -> Map.of(
                                    "@type",
                                    "Place",
                                    "address",
                                    Map.of(
                                            "@type",
                                            "PostalAddress",
                                            "postalCode",
                                            l.postalCode(),
                                            "addressLocality",
                                            l.city(),
                                            "addressCountry",
                                            "DE")))
                            .toList());
        }
        if (posting.remote() == RemoteOption.FULL) {
            ld.put("jobLocationType", "TELECOMMUTE");
            ld.put("applicantLocationRequirements", Map.of("@type", "Country", "name", "DE"));
        }
        if (posting.salary() != null) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("@type", "QuantitativeValue");
            if (posting.salary().min() != null) {
                value.put("minValue", posting.salary().min());
            }
            if (posting.salary().max() != null) {
                value.put("maxValue", posting.salary().max());
            }
            value.put("unitText", posting.salary().period().name());
            ld.put(
                    "baseSalary",
                    Map.of(
                            "@type",
                            "MonetaryAmount",
                            "currency",
                            posting.salary().currency(),
                            "value",
                            value));
        }
        if (posting.hoursPerWeek() != null) {
            ld.put("workHours", posting.hoursPerWeek().stripTrailingZeros().toPlainString() + " h/week");
        }
        if (posting.startDate() != null) {
            ld.put("jobStartDate", posting.startDate().toString());
        }
        if (!posting.skills().isEmpty()) {
            ld.put(
                    "skills",
                    posting.skills().stream().map(s -> s.label().in(locale)).toList());
        }
        if (posting.kind() == JobKind.APPRENTICESHIP || posting.kind() == JobKind.DUAL_STUDY) {
            ld.put(
                    "educationRequirements",
                    Map.of(
                            "@type",
                            "EducationalOccupationalCredential",
                            "credentialCategory",
                            posting.kind() == JobKind.APPRENTICESHIP ? "high school" : "bachelor degree"));
        }
        // NOTE: "<" is written as \u003c, so that no text typed by a member can close the script element.
        return json.writeValueAsString(ld).replace("<", "\\u003c");
    }

    /** Google reads the description as HTML: paragraphs from the plain text's blank lines, everything escaped. */
    private static String html(String text) {
        if (text == null) {
            return "";
        }
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<p>" + String.join("</p><p>", escaped.split("\\R\\s*\\R")) + "</p>";
    }

    private static List<String> employmentType(PostingView posting) {
        return switch (posting.kind()) {
            case INTERNSHIP, THESIS -> List.of("INTERN");
            default -> List.of(posting.employmentType().name());
        };
    }
}
