package org.clusteratlas.organization.search;

import java.util.List;
import java.util.UUID;
import org.clusteratlas.organization.OrganizationKind;

/**
 * One organization found, with what the list, the map and the API show of it.
 *
 * @param distanceKm null unless the search had a place
 * @param highlights matched passages, HTML-escaped with the matched words in {@code <mark>}; only from sections the
 *     caller may see
 * @param networks slugs of the organization's networks, sorted: the federation's search shows where each hit belongs
 */
public record OrganizationHit(
        UUID id,
        String externalId,
        String slug,
        String name,
        OrganizationKind kind,
        String postalCode,
        String city,
        Double latitude,
        Double longitude,
        Double distanceKm,
        float score,
        List<String> highlights,
        List<String> networks) {}
