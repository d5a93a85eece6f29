package org.clusteratlas.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project as the office writes it; replaces the whole project. Lists are never null after construction.
 *
 * @param budget in euros; rounded half-up to cents; null when not known
 * @param programmeId a funding programme of the network or a platform-wide one; null for none
 */
public record ProjectCommand(
        String titleDe,
        String titleEn,
        String descriptionDe,
        String descriptionEn,
        ProjectStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        UUID programmeId,
        BigDecimal budget,
        ProjectVisibility visibility,
        List<Partner> partners,
        List<Milestone> milestones) {

    public ProjectCommand {
        partners = partners == null ? List.of() : List.copyOf(partners);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /**
     * A partner: an organization of the platform, named by {@code organizationId} or {@code organization} (its slug),
     * or an external one by {@code name}.
     */
    public record Partner(UUID organizationId, String organization, String name, String role) {}

    /** @param doneOn when it was reached; given a date, the milestone counts as done */
    public record Milestone(String title, LocalDate dueOn, Boolean done, LocalDate doneOn) {}
}
