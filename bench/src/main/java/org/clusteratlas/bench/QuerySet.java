package org.clusteratlas.bench;

import java.util.List;

/**
 * The query mix of one benchmark run, written by the generator as {@code queries.json} next to the data.
 *
 * @param text text-only searches
 * @param near text + near a postal code + radius + kind filter
 * @param matchExternalIds external ids of organizations whose matches are asked for (organizations with needs)
 */
public record QuerySet(List<BenchQuery> text, List<BenchQuery> near, List<String> matchExternalIds) {}
