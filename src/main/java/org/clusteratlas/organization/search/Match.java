package org.clusteratlas.organization.search;

import java.util.List;
import java.util.UUID;

/**
 * A partner found by matchmaking, with why: which need it meets and with which of its offers or competences (for
 * leads: which of their needs our offer or competence meets).
 *
 * @param distanceKm null when either side has no known location
 */
public record Match(
        UUID id,
        String externalId,
        String slug,
        String name,
        String city,
        Double distanceKm,
        double score,
        List<Reason> reasons) {

    public record Reason(String need, String matchedBy) {}
}
