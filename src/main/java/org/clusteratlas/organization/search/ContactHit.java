package org.clusteratlas.organization.search;

import java.util.List;
import java.util.UUID;

/** A person found by contact search, with the organization they speak for. */
public record ContactHit(
        UUID id, String name, String role, List<String> topics, Organization organization, float score) {

    public record Organization(UUID id, String externalId, String slug, String name) {}
}
