package org.clusteratlas.membership;

import java.time.Instant;

/**
 * A network's admission rules as its office sees them.
 *
 * @param founding true while the office has not set rules of its own: the founding rules apply
 * @param updatedAt null while the founding rules apply
 * @param updatedBy who saved the rules last; null while the founding rules apply
 */
public record AdmissionRulesView(
        String network, boolean founding, AdmissionRules rules, Instant updatedAt, String updatedBy, long version) {}
