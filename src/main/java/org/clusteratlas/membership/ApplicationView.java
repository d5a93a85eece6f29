package org.clusteratlas.membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application as the network's office sees it.
 *
 * @param hints what the admission rules say, objections first; never empty
 * @param decidedAt null while pending
 * @param decisionNote the office's note to the applicant, may be null
 * @param organizationSlug the draft profile created on acceptance; null otherwise, or when it was deleted since
 */
public record ApplicationView(
        UUID id,
        String networkSlug,
        ApplicationStatus status,
        Instant submittedAt,
        ApplicationData data,
        List<AdmissionHint> hints,
        Instant decidedAt,
        String decidedBy,
        String decisionNote,
        String organizationSlug) {

    public boolean isPending() {
        return status == ApplicationStatus.PENDING;
    }

    public boolean hasObjection() {
        return hints.stream().anyMatch(AdmissionHint::isObjection);
    }
}
