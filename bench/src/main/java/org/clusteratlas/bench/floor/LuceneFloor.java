package org.clusteratlas.bench.floor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.clusteratlas.bench.BenchQuery;
import org.clusteratlas.bench.LoadResult;
import org.clusteratlas.bench.QuerySet;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * The floor of the benchmark: the application's organization searches run in-process against the application's own
 * Lucene index with JMH, without Spring, Hibernate Search, HTTP or JSON. The gap between this and {@code atlas-api}
 * is what the application adds on top of the engine.
 *
 * <p>Per scenario ({@code text}: {@code QuerySet.text}; {@code near}: {@code QuerySet.near}) and number of clients
 * (JMH threads), one forked JMH run in {@code Mode.SampleTime}: the latency percentiles come from JMH's sampled
 * invocation times, throughput from the operations JMH counted over the measurement iterations. One {@link LoadResult}
 * line per cell is appended to {@code --out}, system {@code lucene-floor}.
 *
 * <p>What a search does ({@link FloorQuery}, {@link FloorSearch}) is what the application's search asks of Lucene for
 * an anonymous API caller (scope ORGANIZATIONS, first page of 20):
 *
 * <ul>
 *   <li>the words parsed like {@code TextQuery.parse} (same separators, same stop words, at most 12 units);
 *   <li>per word, in the core fields (name, name_en ^5, competences, competences_en ^3, description_de,
 *       description_en ^1) or in the offers (offers, offers_en ^2.5, counting only where {@code offers_level} is
 *       PUBLIC): the word as analyzed, fuzzy (one edit from 6 letters, two from 10, prefix 2) ^0.4, the parts of a
 *       German compound all required ^0.8, a prefix in name_prefix ^1 / competences_prefix ^0.8 ^0.3; each field
 *       with its search analyzer (atlas_de_query, atlas_en, atlas_prefix_query rebuilt in {@link FloorAnalysis});
 *   <li>all words required up to two words, three quarters of them from three; from two words the whole text as a
 *       phrase (slop 2) in the core fields ^2 as a bonus; BM25;
 *   <li>filters: not {@code status:DRAFT} and {@code visibility:PUBLIC} (Hibernate Search indexes enum keyword fields
 *       as the constant's name, untokenized); for {@code near} also {@code LatLonPoint} distance on {@code location}
 *       and {@code kind} (TermQuery / TermInSetQuery);
 *   <li>order as in the application: relevance = score, completeness desc, name_sort; near = distance, score;
 *   <li>the top 20 with the exact total hit count (Hibernate Search's default, no early termination);
 *   <li>per hit the id (binary doc values {@code __HSEARCH_id_docvalue}) and the stored fields the application projects
 *       (externalId, slug, name, kind, postal_code, city, location, networks, offers_level, needs_level), the distance
 *       for near.
 * </ul>
 *
 * <p>Deliberately left out, so the gap to the application includes them: the seven facet counts
 * (terms aggregations over all matching documents, plus one extra search per facet with a chosen value), highlighting
 * (unified highlighter over five fields per hit), taxonomy concept recognition and expansion (a run of words naming a
 * competence concept matches all its labels in both languages and its concept URI instead of being searched as fuzzy
 * and prefix words), the place lookup of a postal code (the floor gets lat/lon from the query mix), and what Hibernate
 * Search and the web stack do around the Lucene calls (query DSL, projections into objects, transactions, JSON).
 *
 * <p>Hit counts therefore differ from the application's where a query names a concept, and only there. Checked with
 * the demo data ({@code --check} against {@code /api/v1/search/organizations}): words without a concept give the same
 * totals and the same scores (Laser 1, Blech 4, sensor 3, Kunststoff 1, the typo Pulverbeschichtng 3); a concept finds
 * more through its other labels and its tag (Software: application 44, floor 6; Maschinenbau 9 / 6) or fewer, because
 * a concept unit has no fuzzy or prefix variants and a two-word label must match as a phrase (Fräsen 2 / 4,
 * IT-Sicherheit 2 / 4).
 *
 * <p>Where the time goes: a word of ten letters or more is also searched with two edits of fuzziness, and Lucene
 * builds a two-edit Levenshtein automaton for each of the eight fields it is searched in (2-3 ms each), whatever the
 * size of the index; the application's queries pay exactly the same, so the floor keeps it.
 *
 * <p>Usage: {@code LuceneFloor --index DIR --queries queries.json --scale N --clients 1,4,16 --out results.jsonl
 * [--quick] [--scenarios text,near] [--jvm-args "-Xmx2g ..."] [--check]}. {@code --check} only runs every query once
 * and prints its hit count and first hits, no JMH.
 */
public final class LuceneFloor {

    static final String SYSTEM = "lucene-floor";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private LuceneFloor() {}

    /** Warm-up and measurement per cell. */
    record Timing(int warmupIterations, int warmupSeconds, int measurementIterations, int measurementSeconds) {}

    static final Timing QUICK = new Timing(2, 3, 3, 5);
    static final Timing FULL = new Timing(3, 10, 5, 10);

    public static void main(String[] args) throws Exception {
        Path index = null;
        Path queries = null;
        Path out = null;
        int scale = -1;
        List<Integer> clients = List.of(1, 4, 16);
        List<String> scenarios = List.of("text", "near");
        boolean quick = false;
        boolean check = false;
        // The application's JVM defaults aside, a fixed heap keeps resizing out of the measurement; the index itself
        // is memory-mapped off the heap. Native access: Lucene's MMapDirectory madvise, silences the JDK warning.
        List<String> jvmArgs = List.of("-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--index" -> index = Path.of(value(args, ++i));
                case "--queries" -> queries = Path.of(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--scale" -> scale = Integer.parseInt(value(args, ++i));
                case "--clients" -> clients = Arrays.stream(value(args, ++i).split(","))
                        .map(String::strip)
                        .map(Integer::parseInt)
                        .toList();
                case "--scenarios" -> scenarios = Arrays.stream(value(args, ++i).split(","))
                        .map(String::strip)
                        .toList();
                case "--jvm-args" -> jvmArgs = Arrays.stream(value(args, ++i).strip().split("\\s+"))
                        .filter(s -> !s.isEmpty())
                        .toList();
                case "--quick" -> quick = true;
                case "--check" -> check = true;
                default -> usage("Unknown argument " + args[i]);
            }
        }
        if (index == null || queries == null) {
            usage("--index and --queries are required");
        }
        if (!Files.isDirectory(index)) {
            usage("No index directory " + index);
        }
        QuerySet set = readQueries(queries);
        if (check) {
            check(index, set, scenarios);
            return;
        }
        if (out == null || scale < 0) {
            usage("--out and --scale are required");
        }
        for (String scenario : scenarios) {
            scenario(set, scenario); // fails early on an unknown scenario name
        }
        Timing timing = quick ? QUICK : FULL;
        smokeTest(index, set, scenarios, scale);
        for (String scenario : scenarios) {
            if (scenario(set, scenario).isEmpty()) {
                System.err.println("lucene-floor: no " + scenario + " queries in " + queries + ", skipped");
                continue;
            }
            for (int c : clients) {
                LoadResult result = run(index, queries, scenario, c, scale, timing, jvmArgs);
                String line = JSON.writeValueAsString(result);
                System.out.println("lucene-floor result: " + line);
                Files.writeString(
                        out,
                        line + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        }
    }

    /** One cell: a forked JMH run with {@code clients} threads. */
    static LoadResult run(
            Path index, Path queries, String scenario, int clients, int scale, Timing timing, List<String> jvmArgs)
            throws RunnerException {
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(FloorBenchmark.class.getName() + ".search") + "$")
                .param("index", index.toAbsolutePath().toString())
                .param("queries", queries.toAbsolutePath().toString())
                .param("scenario", scenario)
                .mode(org.openjdk.jmh.annotations.Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(1)
                .threads(clients)
                .warmupIterations(timing.warmupIterations())
                .warmupTime(TimeValue.seconds(timing.warmupSeconds()))
                .measurementIterations(timing.measurementIterations())
                .measurementTime(TimeValue.seconds(timing.measurementSeconds()))
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        if (results.size() != 1) {
            throw new IllegalStateException("Expected one JMH result, got " + results.size());
        }
        RunResult run = results.iterator().next();
        Statistics latency = run.getPrimaryResult().getStatistics();
        // All invocations of all threads in the measured iterations (SampleTime times only a sample of them).
        long requests = 0;
        long iterations = 0;
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                requests += iteration.getMetadata().getMeasuredOps();
                iterations++;
            }
        }
        double seconds = iterations * (double) timing.measurementSeconds();
        return new LoadResult(
                scale,
                SYSTEM,
                scenario,
                clients,
                requests,
                0,
                round(requests / seconds, 1),
                round(latency.getPercentile(50) / 1000.0, 3),
                round(latency.getPercentile(95) / 1000.0, 3),
                round(latency.getPercentile(99) / 1000.0, 3));
    }

    /**
     * Every query of the run once before measuring: a query that fails fails here with its text rather than as a JMH
     * error, and the log shows that the floor finds something.
     */
    private static void smokeTest(Path index, QuerySet set, List<String> scenarios, int scale) throws IOException {
        try (FloorSearch search = new FloorSearch(index)) {
            if (scale > 0 && search.numDocs() != scale) {
                System.err.println(String.format(
                        Locale.ROOT,
                        "lucene-floor: warning: index has %d documents, --scale is %d",
                        search.numDocs(),
                        scale));
            }
            for (String scenario : scenarios) {
                List<BenchQuery> list = scenario(set, scenario);
                long hits = 0;
                long empty = 0;
                for (BenchQuery q : list) {
                    long total = search.search(q).total();
                    hits += total;
                    empty += total == 0 ? 1 : 0;
                }
                System.out.println(String.format(
                        Locale.ROOT,
                        "lucene-floor: %s: %d queries, %.1f hits on average, %d without hits (index: %d documents)",
                        scenario,
                        list.size(),
                        list.isEmpty() ? 0.0 : hits / (double) list.size(),
                        empty,
                        search.numDocs()));
            }
        }
    }

    /** {@code --check}: each query once, its total and first hits, for comparing with the application's API. */
    private static void check(Path index, QuerySet set, List<String> scenarios) throws IOException {
        try (FloorSearch search = new FloorSearch(index)) {
            System.out.println("index: " + search.numDocs() + " documents");
            for (String scenario : scenarios) {
                for (BenchQuery q : scenario(set, scenario)) {
                    FloorSearch.Page page = search.search(q);
                    StringBuilder line = new StringBuilder(String.format(
                            Locale.ROOT,
                            "%-5s q=%-32s %s total=%d:",
                            scenario,
                            '"' + q.q() + '"',
                            q.near() ? q.postalCode() + "/" + q.radiusKm() + "km" + q.kinds() : "",
                            page.total()));
                    page.hits().stream().limit(3).forEach(h -> line.append(String.format(
                            Locale.ROOT,
                            " | %s (%.2f%s)",
                            h.name(),
                            h.score(),
                            h.distanceKm() == null ? "" : String.format(Locale.ROOT, ", %.1f km", h.distanceKm()))));
                    System.out.println(line);
                }
            }
        }
    }

    static QuerySet readQueries(Path file) throws IOException {
        return JSON.readValue(file.toFile(), QuerySet.class);
    }

    static List<BenchQuery> scenario(QuerySet set, String scenario) {
        List<BenchQuery> list = switch (scenario) {
            case "text" -> set.text();
            case "near" -> set.near();
            default -> throw new IllegalArgumentException("Unknown scenario " + scenario + " (text, near)");
        };
        return list == null ? List.of() : new ArrayList<>(list);
    }

    private static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage("Missing value for " + args[i - 1]);
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("lucene-floor: " + problem);
        System.err.println("Usage: LuceneFloor --index DIR --queries queries.json --scale N --clients 1,4,16"
                + " --out results.jsonl [--quick] [--scenarios text,near] [--jvm-args \"...\"] [--check]");
        System.exit(2);
    }
}
