package org.clusteratlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The floor: the application's own Lucene index searched in-process by JMH ({@code org.clusteratlas.bench.floor}),
 * what no HTTP service around that index can beat. Runs in its own JVM after the application has stopped (the index
 * is then closed and complete) and appends its {@code lucene-floor} results to results.jsonl.
 */
final class FloorPhase {

    static final String SYSTEM = "lucene-floor";
    static final String MAIN_CLASS = "org.clusteratlas.bench.floor.LuceneFloor";

    private final Settings settings;
    private final Processes processes;
    private final Summary summary;

    FloorPhase(Settings settings, Processes processes, Summary summary) {
        this.settings = settings;
        this.processes = processes;
        this.summary = summary;
    }

    void run() throws IOException {
        var floor = summary.fresh("floor");
        try {
            Class.forName(MAIN_CLASS, false, FloorPhase.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            floor.put("ran", false);
            summary.note("the Lucene floor (" + MAIN_CLASS + ") is not built yet; skipped");
            return;
        }
        Path index = settings.atlasDataDir().resolve("index").resolve("organization");
        if (!Files.isDirectory(index)) {
            throw new IOException("no application index at " + index + ": run the atlas phase first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                MAIN_CLASS,
                "--index",
                index.toString(),
                "--queries",
                settings.inputDir().resolve(Generate.QUERIES_FILE).toString(),
                "--scale",
                Integer.toString(settings.scale()),
                "--clients",
                settings.clients().stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--out",
                settings.results().toString()));
        // The floor has the search scenarios only (matches and the page are the application's own).
        List<String> scenarios = settings.scenarios().stream()
                .filter(s -> s.equals("text") || s.equals("near"))
                .toList();
        if (scenarios.isEmpty()) {
            floor.put("ran", false);
            return;
        }
        command.addAll(List.of("--scenarios", String.join(",", scenarios)));
        // The floor's own short mode also when the runs were shortened for a quick look at a small data set.
        if (settings.quick() || settings.durationSeconds() <= 10) {
            command.add("--quick");
        }
        Path log = settings.logs().resolve("floor.log");
        Files.deleteIfExists(log);
        Log.info("running the Lucene floor (JMH) ...");
        long start = System.nanoTime();
        Processes.Finished finished = processes.run("lucene-floor", command, Map.of(), log, Duration.ofHours(3));
        floor.put("ran", true);
        floor.put("seconds", (System.nanoTime() - start) / 1e9);
        floor.put("exitCode", finished.exitCode());
        if (finished.exitCode() != 0) {
            throw new IOException("the floor failed (exit " + finished.exitCode() + "):\n" + Processes.tail(log, 30));
        }
    }
}
