package org.clusteratlas.bench;

import java.util.List;

/**
 * One search of the benchmark's query mix, as every system under test receives it: the application's API and search
 * page, PostgreSQL (ILIKE and full-text), OpenSearch queried directly and the in-process Lucene floor.
 *
 * @param q the user's words, German or English, as typed
 * @param lang the interface language ({@code de} or {@code en})
 * @param postalCode where to search around, or null for a text-only search
 * @param lat latitude of {@code postalCode} (from the same gazetteer the application uses), 0 without
 * @param lon longitude of {@code postalCode}, 0 without
 * @param radiusKm search radius around the postal code, 0 without
 * @param kinds organization kinds to filter by (contract enum names); empty for none
 */
public record BenchQuery(
        String q, String lang, String postalCode, double lat, double lon, int radiusKm, List<String> kinds) {

    public boolean near() {
        return postalCode != null;
    }
}
