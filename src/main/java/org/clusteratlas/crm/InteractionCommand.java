package org.clusteratlas.crm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * An interaction to log or change.
 *
 * @param contactId one of the organization's contact persons, or null
 * @param occurredAt when it happened; now when null
 * @param followUp a task to create with it (only when logging), or null
 */
public record InteractionCommand(
        @NotNull UUID organizationId,
        UUID contactId,
        @NotNull InteractionKind kind,
        Instant occurredAt,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 10000) String notes,
        @Valid FollowUp followUp) {

    /** The follow-up task of an interaction; assigned to the person logging it when {@code assigneeId} is null. */
    public record FollowUp(@NotBlank @Size(max = 200) String title, java.time.LocalDate dueDate, UUID assigneeId) {}
}
