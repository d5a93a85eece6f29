package org.clusteratlas.crm;

import java.time.Instant;
import java.util.UUID;

/** A logged interaction as the office sees it. */
public record InteractionView(
        UUID id,
        String network,
        UUID organizationId,
        String organizationName,
        UUID contactId,
        String contactName,
        InteractionKind kind,
        Instant occurredAt,
        String subject,
        String notes,
        String authorName,
        long version) {}
