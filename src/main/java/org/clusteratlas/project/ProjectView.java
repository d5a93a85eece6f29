package org.clusteratlas.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * A project as the reader may see it.
 *
 * @param partners platform partners the reader may not see are left out; external partners are always listed
 * @param documents only those the reader may download
 * @param budgetCurrency always EUR; null when there is no budget
 */
public record ProjectView(
        UUID id,
        String network,
        String slug,
        LocalizedText title,
        LocalizedText description,
        ProjectStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        ProgrammeView programme,
        BigDecimal budget,
        String budgetCurrency,
        ProjectVisibility visibility,
        List<PartnerView> partners,
        List<MilestoneView> milestones,
        List<DocumentView> documents,
        Instant updatedAt,
        long version) {

    /** @param organizationSlug null for an external partner */
    public record PartnerView(UUID organizationId, String organizationSlug, String name, String role) {}

    public record MilestoneView(String title, LocalDate dueOn, boolean done, LocalDate doneOn) {}

    /** @param publicDocument shown to whoever sees the project; otherwise to the office only */
    public record DocumentView(UUID id, String title, String fileName, long size, boolean publicDocument) {}
}
