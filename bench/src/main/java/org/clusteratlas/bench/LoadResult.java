package org.clusteratlas.bench;

/**
 * One measured cell of the benchmark: one system, one scenario, one number of concurrent clients. Every part of the
 * benchmark (wrk against the application and OpenSearch, pgbench against PostgreSQL, JMH against Lucene) reports in
 * this shape, one JSON object per line in {@code results.jsonl}, so the report can put them side by side.
 *
 * @param scale number of organizations in the data set
 * @param system {@code atlas-api}, {@code atlas-page}, {@code pg-ilike}, {@code pg-fts}, {@code opensearch},
 *     {@code lucene-floor}
 * @param scenario {@code text}, {@code near} (text + near + filters), {@code matches}, {@code page}
 * @param clients concurrent clients (connections, pgbench clients or JMH threads)
 * @param requests requests completed in the measured interval
 * @param errors requests that failed (non-2xx, socket errors, SQL errors)
 * @param rps completed requests per second
 * @param p50Ms latency percentiles in milliseconds
 */
public record LoadResult(
        int scale,
        String system,
        String scenario,
        int clients,
        long requests,
        long errors,
        double rps,
        double p50Ms,
        double p95Ms,
        double p99Ms) {}
