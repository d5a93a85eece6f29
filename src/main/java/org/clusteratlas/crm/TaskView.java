package org.clusteratlas.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task as the office sees it.
 *
 * @param overdue open and due before today (in the office's time zone)
 */
public record TaskView(
        UUID id,
        String network,
        UUID organizationId,
        String organizationName,
        UUID contactId,
        UUID interactionId,
        String title,
        String details,
        LocalDate dueDate,
        UUID assigneeId,
        String assigneeName,
        TaskStatus status,
        boolean overdue,
        Instant completedAt,
        long version) {}
