package org.clusteratlas.organization;

import java.util.ArrayList;
import java.util.List;

/**
 * How complete a profile is, 0 to 100, and what to add next. Weighted by what partners look for first: what the
 * company can do and offers, in both languages, and whom to contact.
 *
 * @param hints message keys ({@code completeness.hint.*}) of the missing parts, most valuable first
 */
public record Completeness(int score, List<String> hints) {

    public static Completeness of(OrganizationData data, boolean located) {
        List<String> hints = new ArrayList<>();
        int score = 0;
        score += check(data.description().de() != null, 10, "description-de", hints);
        score += check(data.description().en() != null, 10, "description-en", hints);
        score += check(data.competences().size() >= 3, 15, "competences", hints);
        score += check(!data.offers().isEmpty(), 15, "offers", hints);
        score += check(!data.needs().isEmpty(), 5, "needs", hints);
        score += check(
                data.contacts().stream().anyMatch(c -> c.email() != null || c.phone() != null), 10, "contact", hints);
        score += check(located, 10, "address", hints);
        score += check(!data.industries().isEmpty(), 5, "industries", hints);
        score += check(data.website() != null, 5, "website", hints);
        score += check(data.employeeBand() != null, 5, "employees", hints);
        score += check(data.foundingYear() != null, 5, "founding-year", hints);
        score += check(!data.certifications().isEmpty() || !data.machinery().isEmpty(), 5, "capabilities", hints);
        return new Completeness(score, List.copyOf(hints));
    }

    private static int check(boolean present, int weight, String hint, List<String> hints) {
        if (present) {
            return weight;
        }
        hints.add("completeness.hint." + hint);
        return 0;
    }
}
