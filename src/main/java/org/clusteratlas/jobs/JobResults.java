package org.clusteratlas.jobs;

import java.util.List;
import java.util.Map;

/**
 * One page of a job search.
 *
 * @param facets per facet (kind, skill, organization, network, remote) its values with counts, biggest first
 */
public record JobResults(long total, int page, int size, List<PostingView> hits, Map<String, List<FacetValue>> facets) {

    /** A facet value: the key to filter by, a label to show, the number of postings and whether it is chosen. */
    public record FacetValue(String key, String label, long count, boolean selected) {}

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
