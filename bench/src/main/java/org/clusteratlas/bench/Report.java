package org.clusteratlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes {@code report.md} from {@code results.jsonl} and {@code summary.json}: the targets met or missed and by how
 * much, one table per scenario, the application's ratios against each alternative, import, memory, start-up and
 * sizes, the answers' sanity, the environment and the notes. Runnable alone on a results directory:
 *
 * <pre>java -cp bench/target/classes:bench/target/lib/* org.clusteratlas.bench.Report bench/target/results-quick</pre>
 */
public final class Report {

    private static final List<String> SCENARIOS = List.of("text", "near", "matches", "page");
    private static final List<String> SYSTEM_ORDER = List.of(
            AtlasPhase.API,
            AtlasPhase.PAGE,
            OpenSearchPhase.SYSTEM,
            PostgresPhase.FTS,
            PostgresPhase.ILIKE,
            FloorPhase.SYSTEM);
    private static final List<String> ALTERNATIVES =
            List.of(PostgresPhase.ILIKE, PostgresPhase.FTS, OpenSearchPhase.SYSTEM, FloorPhase.SYSTEM);
    /** Above this share of busy CPU before a run, something else competed for the machine. */
    private static final double BUSY_WARNING = 0.2;

    private static final double GIB = 1024.0 * 1024 * 1024;
    private static final double MIB = 1024.0 * 1024;

    private final List<LoadResult> results;
    private final JsonNode summary;
    private final Path dir;
    private final StringBuilder md = new StringBuilder();

    private Report(Path dir, List<LoadResult> results, JsonNode summary) {
        this.dir = dir;
        this.results = results;
        this.summary = summary;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Report RESULTS_DIR");
            System.exit(2);
        }
        System.out.println(write(Path.of(args[0])));
    }

    static Path write(Path dir) throws IOException {
        Path summaryFile = dir.resolve("summary.json");
        JsonNode summary = Files.exists(summaryFile)
                ? Json.MAPPER.readTree(summaryFile.toFile())
                : Json.MAPPER.createObjectNode();
        Report report = new Report(dir, Json.readResults(dir.resolve("results.jsonl")), summary);
        Path file = dir.resolve("report.md");
        Files.writeString(file, report.render(), StandardCharsets.UTF_8);
        return file;
    }

    private String render() throws IOException {
        JsonNode settings = summary.path("settings");
        line("# ClusterAtlas benchmark: %s organizations", number(summary.path("scale").asLong()));
        line("");
        line("`bench/run.sh %s`, %s to %s. Warm-up %s s at 4 clients per scenario and system, then %s s per measured"
                        + " run; JFR settings of the application: %s.",
                summary.path("scaleName").asText("?"),
                summary.path("startedAt").asText("?"),
                summary.path("finishedAt").asText("(unfinished)"),
                settings.path("warmupSeconds").asText("?"),
                settings.path("durationSeconds").asText("?"),
                settings.path("jfr").asText("?"));
        failures();
        targets();
        scenarios();
        ratios();
        figures();
        sanity();
        environment();
        notes();
        files();
        return md.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void failures() {
        JsonNode failures = summary.path("failures");
        if (failures.isEmpty()) {
            return;
        }
        line("");
        line("**Failed phases** (their numbers are missing or partial):");
        line("");
        for (JsonNode failure : failures) {
            line("- %s: %s", failure.path("phase").asText(), oneLine(failure.path("error").asText()));
        }
    }

    private void targets() {
        line("");
        line("## Targets");
        line("");
        line("Reported against, not asserted. \"Faster than\" compares median latency at one client (the latency of a"
                + " single user), \"rps\" the throughput at 16 clients.");
        line("");
        line("| Target | Measured | Result |");
        line("|---|---|---|");
        for (String scenario : List.of("text", "near")) {
            find(AtlasPhase.API, scenario, 16).filter(r -> r.requests() > 0).ifPresentOrElse(
                    r -> {
                        atMost("Search (" + scenario + ") p99 ≤ 50 ms at 16 clients", r.p99Ms(), 50,
                                ms(r.p99Ms()) + " ms");
                        atLeast("Search (" + scenario + ") ≥ 500 rps at 16 clients", r.rps(), 500,
                                rps(r.rps()) + " rps");
                    },
                    () -> missing("Search (" + scenario + ") at 16 clients"));
        }
        find(AtlasPhase.API, "matches", 16).filter(r -> r.requests() > 0).ifPresentOrElse(
                r -> atMost("Matches p99 ≤ 100 ms at 16 clients", r.p99Ms(), 100, ms(r.p99Ms()) + " ms"),
                () -> missing("Matches p99 ≤ 100 ms at 16 clients"));
        JsonNode atlas = summary.path("atlas");
        JsonNode imported = atlas.path("import");
        if (imported.has("organizationsPerSecond")) {
            double perSecond = imported.path("organizationsPerSecond").asDouble();
            atLeast("Import ≥ 5,000 organizations/s until searchable", perSecond, 5000, number(perSecond) + "/s");
        } else {
            missing("Import ≥ 5,000 organizations/s until searchable");
        }
        JsonNode heap = atlas.path("memory").path("heapUsedAfterGcBytes");
        if (heap.isNumber()) {
            atMost("Heap after GC ≤ 1 GiB", heap.asDouble() / GIB, 1, mib(heap.asLong()));
        } else {
            missing("Heap after GC ≤ 1 GiB");
        }
        JsonNode startup = atlas.path("startupLoadedMillis");
        if (startup.isNumber()) {
            atMost("Start-up ≤ 10 s with the data loaded", startup.asDouble() / 1000, 10,
                    seconds(startup.asDouble() / 1000));
        } else {
            missing("Start-up ≤ 10 s with the data loaded");
        }
        for (String scenario : List.of("text", "near")) {
            faster("≥ 50× faster than PostgreSQL ILIKE at p50 (" + scenario + ")", PostgresPhase.ILIKE, scenario, 50);
            faster("≥ 5× faster than PostgreSQL FTS at p50 (" + scenario + ")", PostgresPhase.FTS, scenario, 5);
            faster("No slower than OpenSearch at p50 (" + scenario + ")", OpenSearchPhase.SYSTEM, scenario, 1);
            Optional<LoadResult> a = find(AtlasPhase.API, scenario, 16);
            Optional<LoadResult> o = find(OpenSearchPhase.SYSTEM, scenario, 16);
            if (a.isPresent() && o.isPresent() && o.get().rps() > 0) {
                double ratio = a.get().rps() / o.get().rps();
                atLeast("No less throughput than OpenSearch at 16 clients (" + scenario + ")", ratio, 1,
                        rps(a.get().rps()) + " vs " + rps(o.get().rps()) + " rps = " + times(ratio));
            } else {
                missing("No less throughput than OpenSearch at 16 clients (" + scenario + ")");
            }
        }
    }

    private void faster(String name, String system, String scenario, double factor) {
        Optional<LoadResult> a = find(AtlasPhase.API, scenario, 1);
        Optional<LoadResult> other = find(system, scenario, 1);
        if (a.isEmpty() || other.isEmpty() || a.get().requests() == 0 || other.get().requests() == 0) {
            missing(name);
            return;
        }
        double ratio = other.get().p50Ms() / a.get().p50Ms();
        atLeast(name, ratio, factor,
                ms(other.get().p50Ms()) + " / " + ms(a.get().p50Ms()) + " ms = " + times(ratio));
    }

    private void atMost(String name, double value, double limit, String measured) {
        String margin;
        if (value <= limit) {
            margin = "met (" + percent(1 - value / limit) + " below the limit)";
        } else {
            margin = value / limit < 2
                    ? "**missed** (" + percent(value / limit - 1) + " over)"
                    : "**missed** (" + times(value / limit) + " the limit)";
        }
        line("| %s | %s | %s |", name, measured, margin);
    }

    private void atLeast(String name, double value, double goal, String measured) {
        String margin;
        if (value >= goal) {
            margin = "met (" + percent(value / goal - 1) + " above)";
        } else {
            margin = value / goal >= 0.5
                    ? "**missed** (" + percent(1 - value / goal) + " short)"
                    : "**missed** (a factor of " + number(goal / value) + " short)";
        }
        line("| %s | %s | %s |", name, measured, margin);
    }

    private void missing(String name) {
        line("| %s | not measured | – |", name);
    }

    private void scenarios() {
        for (String scenario : SCENARIOS) {
            List<LoadResult> rows = results.stream()
                    .filter(r -> r.scenario().equals(scenario))
                    .sorted(Comparator.comparingInt((LoadResult r) -> systemRank(r.system()))
                            .thenComparing(LoadResult::system)
                            .thenComparingInt(LoadResult::clients))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            line("");
            line("## Scenario `%s`", scenario);
            line("");
            line(switch (scenario) {
                case "text" -> "Text only: `GET /api/v1/search/organizations?q=…` and the same words elsewhere.";
                case "near" -> "Text near a postal code within 25, 50 or 100 km, sometimes filtered by kind.";
                case "matches" -> "`GET /api/v1/organizations/{id}/matches?size=10` for organizations with needs.";
                default -> "The rendered public search page `GET /search?q=…&near=…` (HTML, as a browser gets it).";
            });
            line("");
            line("| System | Clients | rps | p50 ms | p95 ms | p99 ms | Requests | Errors |");
            line("|---|---:|---:|---:|---:|---:|---:|---:|");
            for (LoadResult r : rows) {
                // No request completed in the run: there are no latencies, not latencies of zero.
                boolean none = r.requests() == 0;
                line("| %s | %d | %s | %s | %s | %s | %s | %s |", r.system(), r.clients(), rps(r.rps()),
                        none ? "–" : ms(r.p50Ms()), none ? "–" : ms(r.p95Ms()), none ? "–" : ms(r.p99Ms()),
                        number(r.requests()), r.errors() == 0 ? "0" : "**" + number(r.errors()) + "**");
            }
        }
    }

    private void ratios() {
        List<String> lines = new ArrayList<>();
        for (String scenario : List.of("text", "near")) {
            for (String system : ALTERNATIVES) {
                for (LoadResult a : results.stream()
                        .filter(r -> r.system().equals(AtlasPhase.API) && r.scenario().equals(scenario))
                        .sorted(Comparator.comparingInt(LoadResult::clients))
                        .toList()) {
                    find(system, scenario, a.clients())
                            .filter(o -> o.requests() > 0 && a.requests() > 0)
                            .ifPresent(o -> lines.add(String.format(
                            Locale.ROOT,
                            "| %s | %d | %s | %s p50 / atlas p50 = %s | atlas rps / %s rps = %s |",
                            scenario,
                            a.clients(),
                            system,
                            system,
                            times(o.p50Ms() / a.p50Ms()),
                            system,
                            times(a.rps() / o.rps()))));
                }
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        line("");
        line("## The application against the alternatives");
        line("");
        line("Above 1× the application is faster. Against the floor (the same index searched in-process, no HTTP, no"
                + " visibility rules, no highlighting) it is expected below 1×: the distance is the cost of the"
                + " service around Lucene.");
        line("");
        line("| Scenario | Clients | Compared with | Latency ratio at p50 | Throughput ratio |");
        line("|---|---:|---|---|---|");
        lines.forEach(this::line);
    }

    private void figures() {
        JsonNode atlas = summary.path("atlas");
        JsonNode imported = atlas.path("import");
        JsonNode memory = atlas.path("memory");
        JsonNode pg = summary.path("postgres");
        JsonNode os = summary.path("opensearch");
        JsonNode generate = summary.path("generate");
        line("");
        line("## Import, memory, start-up, sizes");
        line("");
        line("| Figure | Value |");
        line("|---|---|");
        if (generate.has("organizations")) {
            line("| Data set | %s organizations, %s of NDJSON, generated in %s |",
                    number(generate.path("organizations").asLong()), mib(generate.path("bytes").asLong()),
                    seconds(generate.path("seconds").asDouble()));
        }
        if (atlas.has("jvmOpts")) {
            line("| Application JVM options | `%s` |", atlas.path("jvmOpts").asText());
        }
        if (imported.has("organizationsPerSecond")) {
            line("| Application import (bulk API, until searchable) | %s organizations/s: %s created, %s updated,"
                            + " %s failed in %s requests of up to %s lines; responses after %s, searchable after %s |",
                    number(imported.path("organizationsPerSecond").asDouble()),
                    number(imported.path("created").asLong()),
                    number(imported.path("updated").asLong()),
                    number(imported.path("failed").asLong()),
                    imported.path("requests").asText(),
                    number(imported.path("linesPerRequest").asLong()),
                    seconds(imported.path("requestSeconds").asDouble()),
                    seconds(imported.path("searchableSeconds").asDouble()));
        }
        if (memory.has("heapUsedAfterGcBytes")) {
            line("| Application heap after GC (all scenarios run) | %s used, %s committed |",
                    mib(memory.path("heapUsedAfterGcBytes").asLong()), mib(memory.path("heapCommittedBytes").asLong()));
            line("| Application process RSS | %s (peak %s) |", mib(memory.path("rssBytes").asLong()),
                    mib(memory.path("rssPeakBytes").asLong()));
        }
        if (atlas.has("startupEmptyMillis")) {
            line("| Application start-up, empty data directory | %s to health UP (application log: started in %s s) |",
                    seconds(atlas.path("startupEmptyMillis").asDouble() / 1000),
                    atlas.path("startupEmptyReportedSeconds").asText("?"));
        }
        if (atlas.has("startupLoadedMillis")) {
            line("| Application start-up, data loaded | %s to health UP (application log: started in %s s) |",
                    seconds(atlas.path("startupLoadedMillis").asDouble() / 1000),
                    atlas.path("startupLoadedReportedSeconds").asText("?"));
        }
        if (atlas.has("disk")) {
            line("| Application on disk | index %s, database %s |",
                    mib(atlas.path("disk").path("indexBytes").asLong()),
                    mib(atlas.path("disk").path("databaseBytes").asLong()));
        }
        if (pg.has("rows")) {
            line("| PostgreSQL %s load (COPY, GIN and geo index, VACUUM ANALYZE) | %s organizations/s, searchable"
                            + " after %s (COPY %s) |",
                    pg.path("version").asText(),
                    number(pg.path("organizationsPerSecond").asDouble()),
                    seconds(pg.path("searchableSeconds").asDouble()),
                    seconds(pg.path("copySeconds").asDouble()));
            line("| PostgreSQL on disk | table with TOAST %s, indexes %s (GIN %s) |", mib(pg.path("tableBytes").asLong()),
                    mib(pg.path("indexBytes").asLong()), mib(pg.path("ginBytes").asLong()));
        }
        if (os.has("documents")) {
            line("| OpenSearch %s load (_bulk, refresh) | %s organizations/s, searchable after %s; %s bulk errors |",
                    os.path("version").asText(), number(os.path("organizationsPerSecond").asDouble()),
                    seconds(os.path("searchableSeconds").asDouble()), os.path("bulkErrors").asText());
            line("| OpenSearch memory and disk | heap %s used (of %s), RSS %s; index %s |",
                    mib(os.path("heapUsedBytes").asLong()), os.path("heap").asText(), mib(os.path("rssBytes").asLong()),
                    mib(os.path("indexBytes").asLong()));
        }
        JsonNode phases = summary.path("phaseSeconds");
        if (!phases.isEmpty()) {
            List<String> parts = new ArrayList<>();
            phases.properties().forEach(e -> parts.add(e.getKey() + " " + seconds(e.getValue().asDouble())));
            line("| Phase durations | %s |", String.join(", ", parts));
        }
    }

    private void sanity() {
        JsonNode sanity = summary.path("sanity");
        if (sanity.isEmpty()) {
            return;
        }
        line("");
        line("## What the systems found");
        line("");
        line("The first 50 queries of each scenario, asked once before the load: how many found anything and how many"
                + " hits on average. The systems interpret the words differently (ILIKE matches substrings only, FTS"
                + " needs every stemmed word, OpenSearch and the application forgive typos), so the totals differ;"
                + " a system that finds nothing answers fast for the wrong reason.");
        line("");
        line("| System / scenario | Queries | Found anything | Mean hits |");
        line("|---|---:|---:|---:|");
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        entries.addAll(sanity.properties());
        entries.sort(Comparator.comparingInt((Map.Entry<String, JsonNode> e) -> SCENARIOS.indexOf(
                        e.getKey().split("/")[1]))
                .thenComparingInt(e -> systemRank(e.getKey().split("/")[0])));
        for (Map.Entry<String, JsonNode> e : entries) {
            line("| %s | %d | %d | %s |", e.getKey(), e.getValue().path("sampled").asInt(),
                    e.getValue().path("withHits").asInt(), number(e.getValue().path("meanHits").asDouble()));
        }
    }

    private void environment() {
        JsonNode env = summary.path("environment");
        line("");
        line("## Environment");
        line("");
        line("- CPU: %s, %s cores; memory %s", env.path("cpu").asText("?"), env.path("cores").asText("?"),
                gib(env.path("memoryBytes").asLong()));
        line("- OS: %s, kernel %s", env.path("os").asText("?"), env.path("kernel").asText("?"));
        line("- JDK: %s", env.path("jdk").asText("?"));
        line("- Application: commit %s, jar %s%s", env.path("commit").asText("?"), env.path("appJar").asText("?"),
                env.path("appJarFromEnv").asBoolean()
                        ? " (given by ATLAS_JAR: may differ from the commit)"
                        : " (built from the commit)");
        line("- PostgreSQL: %s", summary.path("postgres").path("version").asText("not run"));
        line("- OpenSearch: %s (single node, heap %s)", summary.path("opensearch").path("version").asText("not run"),
                summary.path("opensearch").path("heap").asText("?"));
        line("- Load generators: %s; %s", env.path("wrk").asText("?"), env.path("pgbench").asText("?"));
        line("- All systems ran one after the other on this machine, the load generator beside them.");
        JsonNode busy = summary.path("busyBeforeMeasuring");
        if (!busy.isEmpty()) {
            List<String> parts = new ArrayList<>();
            boolean noisy = false;
            for (Map.Entry<String, JsonNode> e : busy.properties()) {
                parts.add(e.getKey() + " " + percent(e.getValue().asDouble()));
                noisy |= e.getValue().asDouble() > BUSY_WARNING;
            }
            line("- CPU busy with other processes just before measuring (highest per system): %s.%s",
                    String.join(", ", parts),
                    noisy
                            ? " **Other processes competed for the CPUs: these numbers are less reliable; rerun on a"
                                    + " quiet machine.**"
                            : "");
        }
    }

    private void notes() {
        line("");
        line("## Notes");
        line("");
        line("- Latency is measured by the load generator per request (wrk: HTTP/1.1 keep-alive, no compression"
                + " requested; pgbench: the simple query protocol). PostgreSQL's numbers contain no HTTP and no JSON"
                + " rendering, the application's and OpenSearch's do.");
        line("- Requests are anonymous: the public's view (public organizations only); PostgreSQL and OpenSearch"
                + " filter by the same visibility.");
        line("- OpenSearch runs with the JDK's default JIT and GC, like the application (node.sh's C1-only, serial-GC"
                + " start-up flags are dropped), and computes what the application computes: weighted multi_match with"
                + " the same typo tolerance, highlights, both facets and the exact total.");
        line("- PostgreSQL orders ILIKE results by name and FTS results by ts_rank; the application orders near"
                + " searches by distance.");
        if (summary.path("settings").path("jfr").asText().equals("off")) {
            line("- No flight recordings were made.");
        } else {
            line("- The application ran with a flight recording (JFR) during each scenario; its overhead (about 1-2 %)"
                    + " is part of the application's numbers.");
        }
        for (JsonNode note : summary.path("notes")) {
            line("- %s", note.asText());
        }
    }

    private void files() throws IOException {
        Path jfr = dir.resolve("jfr");
        if (!Files.isDirectory(jfr)) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(jfr)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        }
        if (names.isEmpty()) {
            return;
        }
        line("");
        line("## Flight recordings");
        line("");
        line("In `jfr/`: each recording (open in JDK Mission Control) and its text summary (`jfr view` of %s).",
                String.join(", ", Jfr.VIEWS));
        line("");
        for (String name : names) {
            line("- `jfr/%s`", name);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Optional<LoadResult> find(String system, String scenario, int clients) {
        return results.stream()
                .filter(r -> r.system().equals(system) && r.scenario().equals(scenario) && r.clients() == clients)
                .reduce((first, second) -> second);
    }

    private static int systemRank(String system) {
        int rank = SYSTEM_ORDER.indexOf(system);
        return rank < 0 ? SYSTEM_ORDER.size() : rank;
    }

    private void line(String format, Object... args) {
        md.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static String oneLine(String text) {
        Iterator<String> lines = text.lines().iterator();
        return lines.hasNext() ? lines.next() : "";
    }

    static String number(double value) {
        return Math.abs(value) >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    static String rps(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String ms(double value) {
        return value >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String times(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio) || ratio <= 0) {
            return "–";
        }
        if (ratio >= 10) {
            return String.format(Locale.ROOT, "%,.0f×", ratio);
        }
        // Far below one, "0.00×" would hide how far: the reciprocal reads better.
        return ratio >= 0.1
                ? String.format(Locale.ROOT, "%.2f×", ratio)
                : String.format(Locale.ROOT, "1/%,.0f×", 1 / ratio);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }

    static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }

    static String mib(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%,.0f MiB", bytes / MIB);
    }

    static String gib(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.1f GiB", bytes / GIB);
    }
}
