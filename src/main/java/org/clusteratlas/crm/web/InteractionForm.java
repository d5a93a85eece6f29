package org.clusteratlas.crm.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.clusteratlas.crm.InteractionCommand;
import org.clusteratlas.crm.InteractionKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that logs an interaction, with an optional follow-up task; flat fields so that it works without
 * JavaScript. The rules are checked by {@link org.clusteratlas.crm.Crm}, once for every caller.
 *
 * @param occurredAt local date and time in the office's zone ({@code datetime-local}); now when empty
 * @param followUpTitle a follow-up task is created when this is filled in
 */
record InteractionForm(
        InteractionKind kind,

        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
        LocalDateTime occurredAt,

        UUID contactId,
        String subject,
        String notes,
        String followUpTitle,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpDue,
        UUID followUpAssignee) {

    static InteractionForm empty() {
        return new InteractionForm(InteractionKind.CALL, null, null, "", "", "", null, null);
    }

    InteractionCommand toCommand(UUID organizationId, ZoneId zone) {
        boolean followUp = followUpTitle != null && !followUpTitle.isBlank();
        return new InteractionCommand(
                organizationId,
                contactId,
                kind,
                occurredAt == null ? null : occurredAt.atZone(zone).toInstant(),
                subject == null ? "" : subject,
                notes,
                followUp ? new InteractionCommand.FollowUp(followUpTitle, followUpDue, followUpAssignee) : null);
    }
}
