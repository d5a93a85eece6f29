package org.clusteratlas.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything a run can be told, from the command line of {@code bench/run.sh} and the environment. Defaults give the
 * documented benchmark; the environment variables exist so a developer can iterate on one phase quickly.
 *
 * @param scaleName the scale as given ({@code quick}, {@code 10k}, {@code 100k}, {@code 1m} or a number)
 * @param scale number of organizations
 * @param quick short warm-ups and runs (quick mode)
 * @param repo the repository root (the application's sources, its gazetteer and scripts)
 * @param jar the application jar
 * @param out the results directory
 * @param phases the phases to run; all by default
 * @param scenarios the application's scenarios to measure
 * @param clients numbers of concurrent clients
 * @param warmupSeconds warm-up per scenario and system, at 4 clients
 * @param durationSeconds one measured run
 * @param jfr JFR settings for the application's recordings ({@code profile}, {@code default}) or {@code off}
 */
record Settings(
        String scaleName,
        int scale,
        boolean quick,
        Path repo,
        Path jar,
        Path out,
        Set<String> phases,
        List<String> scenarios,
        List<Integer> clients,
        int warmupSeconds,
        int durationSeconds,
        String appJvmOpts,
        int appPort,
        int openSearchPort,
        String openSearchHeap,
        String jfr,
        int importChunk,
        String pgHost,
        int pgPort,
        String pgUser,
        String pgDatabase) {

    static final List<String> ALL_PHASES = List.of("generate", "atlas", "floor", "postgres", "opensearch");
    static final List<String> ALL_SCENARIOS = List.of("text", "near", "matches", "page");

    static final String USAGE = """
            usage: Bench --scale quick|10k|100k|1m|N --repo DIR --jar APP.jar --out DIR
            environment (all optional):
              ATLAS_BENCH_PHASES       generate,atlas,floor,postgres,opensearch (default: all)
              ATLAS_BENCH_SCENARIOS    text,near,matches,page (default: all)
              ATLAS_BENCH_CLIENTS      1,4,16
              ATLAS_BENCH_WARMUP       seconds of warm-up per scenario (default 5 quick, 15 otherwise)
              ATLAS_BENCH_DURATION     seconds per measured run (default 10 quick, 30 otherwise)
              ATLAS_BENCH_JVM_OPTS     the application's JVM options (default -Xmx1g)
              ATLAS_BENCH_PORT         the application's port (default 18080)
              ATLAS_BENCH_OPENSEARCH_PORT  (default 19200); ATLAS_OPENSEARCH_HEAP (default 1g)
              ATLAS_BENCH_JFR          profile|default|off (default profile)
              ATLAS_BENCH_IMPORT_CHUNK lines per import request (default 50000)
              PGHOST PGPORT PGUSER PGDATABASE  (default 127.0.0.1 5432 postgres test)
            """;

    static Settings from(String[] args, Map<String, String> env) {
        String scaleName = null;
        Path repo = null;
        Path jar = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scaleName = args[++i];
                case "--repo" -> repo = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
            }
        }
        if (scaleName == null || repo == null || jar == null || out == null) {
            throw new IllegalArgumentException(USAGE);
        }
        boolean quick = scaleName.equals("quick");
        return new Settings(
                scaleName,
                parseScale(scaleName),
                quick,
                repo.toAbsolutePath().normalize(),
                jar.toAbsolutePath().normalize(),
                out.toAbsolutePath().normalize(),
                new LinkedHashSet<>(list(env.getOrDefault("ATLAS_BENCH_PHASES", String.join(",", ALL_PHASES)))),
                list(env.getOrDefault("ATLAS_BENCH_SCENARIOS", String.join(",", ALL_SCENARIOS))),
                list(env.getOrDefault("ATLAS_BENCH_CLIENTS", "1,4,16")).stream()
                        .map(Integer::parseInt)
                        .toList(),
                Integer.parseInt(env.getOrDefault("ATLAS_BENCH_WARMUP", quick ? "5" : "15")),
                Integer.parseInt(env.getOrDefault("ATLAS_BENCH_DURATION", quick ? "10" : "30")),
                env.getOrDefault("ATLAS_BENCH_JVM_OPTS", "-Xmx1g"),
                Integer.parseInt(env.getOrDefault("ATLAS_BENCH_PORT", "18080")),
                Integer.parseInt(env.getOrDefault("ATLAS_BENCH_OPENSEARCH_PORT", "19200")),
                env.getOrDefault("ATLAS_OPENSEARCH_HEAP", "1g"),
                env.getOrDefault("ATLAS_BENCH_JFR", "profile"),
                Integer.parseInt(env.getOrDefault("ATLAS_BENCH_IMPORT_CHUNK", "50000")),
                env.getOrDefault("PGHOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("PGPORT", "5432")),
                env.getOrDefault("PGUSER", "postgres"),
                env.getOrDefault("PGDATABASE", "test"));
    }

    static int parseScale(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "quick", "10k" -> 10_000;
            case "100k" -> 100_000;
            case "1m" -> 1_000_000;
            default -> {
                try {
                    yield Integer.parseInt(name.replace("_", ""));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("scale must be quick, 10k, 100k, 1m or a number: " + name);
                }
            }
        };
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    boolean jfrEnabled() {
        return !jfr.equals("off");
    }

    /** The data set (NDJSON and queries). */
    Path inputDir() {
        return out.resolve("input");
    }

    /** The application's data directory ({@code ATLAS_DATA_DIR}). */
    Path atlasDataDir() {
        return out.resolve("atlas-data");
    }

    Path logs() {
        return out.resolve("logs");
    }

    Path jfrDir() {
        return out.resolve("jfr");
    }

    /** Request files, Lua and pgbench scripts and pgbench's transaction logs. */
    Path work() {
        return out.resolve("work");
    }

    Path results() {
        return out.resolve("results.jsonl");
    }

    Path summary() {
        return out.resolve("summary.json");
    }
}
