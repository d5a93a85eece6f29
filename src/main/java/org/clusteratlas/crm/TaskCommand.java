package org.clusteratlas.crm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task to create or change.
 *
 * @param organizationId the member it concerns, or null for the office's own work
 * @param contactId one of that organization's contact persons, or null
 * @param assigneeId someone of the network's office; the person creating it when null
 * @param status OPEN when null
 */
public record TaskCommand(
        UUID organizationId,
        UUID contactId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String details,
        LocalDate dueDate,
        UUID assigneeId,
        TaskStatus status) {}
