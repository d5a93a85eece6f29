package org.clusteratlas.organization;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.UUID;

/**
 * An organization as a caller may see it: the contract's fields plus the server-assigned {@code id}, the readable
 * {@code slug} of its public page, and when it was last changed.
 */
public record OrganizationDetails(
        UUID id, String slug, @JsonUnwrapped OrganizationData data, Instant updatedAt) {}
