package org.clusteratlas.membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application as the network's office sees it.
 *
 * @param feeHint how the organization would be charged once admitted
 * @param evaluation one check per admission rule of the network as it stands now, in the rules' order; never null
 * @param documents the uploaded documents, in upload order
 * @param decidedAt null while pending
 * @param decisionNote the office's note to the applicant, may be null
 * @param overrideReason why the office admitted despite open checks; null when it did not have to
 * @param overriddenRules the explanations of the checks that were open when the office admitted anyway
 * @param organizationSlug the draft profile created on acceptance; null otherwise, or when it was deleted since
 */
public record ApplicationView(
        UUID id,
        String networkSlug,
        ApplicationStatus status,
        Instant submittedAt,
        ApplicationData data,
        AdmissionHint feeHint,
        List<RuleCheck> evaluation,
        List<Document> documents,
        Instant decidedAt,
        String decidedBy,
        String decisionNote,
        String overrideReason,
        List<String> overriddenRules,
        String organizationSlug) {

    public boolean isPending() {
        return status == ApplicationStatus.PENDING;
    }

    /** Whether a rule is failed or not stated: admitting then needs a reason. */
    public boolean hasObjection() {
        return evaluation.stream().anyMatch(RuleCheck::isOpen);
    }

    /** The checks that are not passed. */
    public List<RuleCheck> openChecks() {
        return evaluation.stream().filter(RuleCheck::isOpen).toList();
    }

    /** An uploaded document; its bytes only through the office's download. */
    public record Document(UUID id, String code, String name, String fileName, long size, Instant uploadedAt) {}
}
