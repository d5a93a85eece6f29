package org.clusteratlas.organization.search;

import java.util.List;
import java.util.Map;
import org.clusteratlas.geo.GeoPoint;

/**
 * A page of hits with the facet counts of the whole result (not just the page).
 *
 * @param facets per facet (kind, network, concept, industry, state, employeeBand, certification) value → count, best
 *     first; networks by slug, concepts by URI
 * @param center the place searched around, null without one
 */
public record OrganizationResults(
        long total,
        int page,
        int size,
        List<OrganizationHit> hits,
        Map<String, Map<String, Long>> facets,
        GeoPoint center,
        double radiusKm) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
