package org.clusteratlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark of the issue, in one run: generate the data, measure the application (import, scenarios, memory,
 * start-up), the in-process Lucene floor, PostgreSQL ILIKE and full-text search, and OpenSearch, then write the
 * report. Started by {@code bench/run.sh}; see {@link Settings#USAGE} for the options.
 *
 * <p>A failing phase is recorded and the next phases still run (a failing import must not cost the PostgreSQL
 * numbers of a long run); the exit code is 1 then. Every process started is stopped at the end, also on failure or
 * interruption.
 */
public final class Bench {

    /** Set when the JVM is being stopped (SIGTERM, Ctrl-C): no further phase starts. */
    private static volatile boolean stopping;

    public static void main(String[] args) throws IOException {
        Settings settings;
        try {
            settings = Settings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new Bench().run(settings) ? 0 : 1);
    }

    boolean run(Settings settings) throws IOException {
        boolean everything = settings.phases().containsAll(Settings.ALL_PHASES);
        Files.createDirectories(settings.out());
        if (everything) {
            // A complete run starts clean; a partial run replaces only what its phases measure.
            Files.deleteIfExists(settings.results());
            AtlasPhase.deleteTree(settings.logs());
            AtlasPhase.deleteTree(settings.jfrDir());
        } else {
            dropResults(settings);
        }
        Log.to(settings.logs().resolve("bench.log"));
        Summary summary = Summary.open(settings.summary(), everything);
        summary.clearFailures(settings.phases());
        summary.root().put("scale", settings.scale());
        summary.root().put("scaleName", settings.scaleName());
        summary.root().put("startedAt", Instant.now().toString());
        var config = summary.root().putObject("settings");
        config.put("warmupSeconds", settings.warmupSeconds());
        config.put("durationSeconds", settings.durationSeconds());
        config.put("clients", settings.clients().toString());
        config.put("jfr", settings.jfr());
        config.put("phases", String.join(",", settings.phases()));
        Environment.record(summary.section("environment"), settings);
        summary.write();
        Log.info("benchmark of %,d organizations, phases %s, results in %s", settings.scale(), settings.phases(),
                settings.out());

        boolean ok = true;
        try (Processes processes = new Processes(settings.work().resolve("pids"))) {
            Thread hook = new Thread(
                    () -> {
                        stopping = true;
                        processes.stopAll();
                    },
                    "bench-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
            Path postalCodesCsv = settings.repo().resolve("src/main/resources/geo/de-postal-codes.csv");
            try {
                if (settings.runs("generate")) {
                    Log.info("generating %,d organizations ...", settings.scale());
                    Generate.Meta meta = Generate.ensure(settings.scale(), settings.inputDir(), postalCodesCsv);
                    var generate = summary.fresh("generate");
                    generate.put("organizations", meta.count());
                    generate.put("bytes", meta.bytes());
                    generate.put("seconds", meta.seconds());
                    summary.write();
                }
            } catch (IOException | RuntimeException e) {
                // Without data nothing else can run.
                fail(summary, "generate", e);
                summary.write();
                Report.write(settings.out());
                return false;
            }
            if (!Files.exists(settings.inputDir().resolve(Generate.QUERIES_FILE))) {
                fail(summary, "generate", new IOException("no generated data in " + settings.inputDir()));
                summary.write();
                Report.write(settings.out());
                return false;
            }
            QuerySet queries = Json.MAPPER.readValue(
                    settings.inputDir().resolve(Generate.QUERIES_FILE).toFile(), QuerySet.class);
            PostalCodes postalCodes = PostalCodes.read(postalCodesCsv);
            Wrk wrk = new Wrk(settings, processes, summary);
            List<Phase> phases = List.of(
                    new Phase("atlas", () -> new AtlasPhase(settings, processes, summary, queries, wrk).run()),
                    new Phase("floor", () -> new FloorPhase(settings, processes, summary).run()),
                    new Phase(
                            "postgres",
                            () -> new PostgresPhase(settings, processes, summary, queries, postalCodes).run()),
                    new Phase(
                            "opensearch",
                            () -> new OpenSearchPhase(settings, processes, summary, queries, postalCodes, wrk).run()));
            for (Phase phase : phases) {
                if (!settings.runs(phase.name())) {
                    continue;
                }
                if (stopping) {
                    return false; // interrupted: the shutdown hook stops what runs, nothing new starts
                }
                Log.info("=== %s ===", phase.name());
                long start = System.nanoTime();
                try {
                    phase.body().run();
                } catch (IOException | RuntimeException e) {
                    ok = false;
                    fail(summary, phase.name(), e);
                } finally {
                    processes.stopAll(); // nothing of one phase may run into the next
                    summary.section("phaseSeconds").put(phase.name(), (System.nanoTime() - start) / 1e9);
                    summary.write();
                }
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return false;
            }
        }
        summary.root().put("finishedAt", Instant.now().toString());
        summary.write();
        Path report = Report.write(settings.out());
        Log.info("report: %s", report);
        return ok;
    }

    private interface Body {
        void run() throws IOException;
    }

    private record Phase(String name, Body body) {}

    private static void fail(Summary summary, String phase, Throwable e) {
        Log.info("PHASE %s FAILED: %s", phase, e);
        e.printStackTrace();
        summary.failure(phase, e);
    }

    /** Removes the results of the systems a partial run measures again. */
    private static void dropResults(Settings settings) throws IOException {
        Set<String> systems = new HashSet<>();
        if (settings.runs("atlas")) {
            systems.addAll(List.of(AtlasPhase.API, AtlasPhase.PAGE));
        }
        if (settings.runs("floor")) {
            systems.add(FloorPhase.SYSTEM);
        }
        if (settings.runs("postgres")) {
            systems.addAll(List.of(PostgresPhase.ILIKE, PostgresPhase.FTS));
        }
        if (settings.runs("opensearch")) {
            systems.add(OpenSearchPhase.SYSTEM);
        }
        List<String> kept = new ArrayList<>();
        if (Files.exists(settings.results())) {
            // Raw lines: another part may write fields this version of LoadResult does not know.
            for (String line : Files.readAllLines(settings.results(), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !systems.contains(Json.MAPPER.readTree(line).path("system").asText())) {
                    kept.add(line);
                }
            }
        }
        Files.write(settings.results(), kept, StandardCharsets.UTF_8);
    }
}
