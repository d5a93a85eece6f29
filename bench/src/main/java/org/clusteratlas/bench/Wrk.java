package org.clusteratlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drives an HTTP server with wrk (closed model: each connection sends its next request when the previous answer
 * arrived) and reads the result that {@code cycle.lua} prints. Latencies are wrk's, per request, in microseconds.
 */
final class Wrk {

    /**
     * What is sent: the server's base URL, a file of requests (paths or bodies), the method and extra headers; and
     * the server's pid, to wait for it to idle before each run.
     */
    record Target(String baseUrl, Path requests, String method, List<String> headers, long serverPid) {}

    private final Settings settings;
    private final Processes processes;
    private final Summary summary;
    private final Path script;

    Wrk(Settings settings, Processes processes, Summary summary) throws IOException {
        this.settings = settings;
        this.processes = processes;
        this.summary = summary;
        Files.createDirectories(settings.work());
        this.script = settings.work().resolve("cycle.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("cycle.lua")) {
            if (in == null) {
                throw new IOException("cycle.lua missing from the class path");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Warm-up at 4 clients; its numbers are logged but not reported. */
    void warmUp(String label, Target target) throws IOException {
        if (settings.warmupSeconds() > 0) {
            Environment.waitUntilIdle(target.serverPid());
            Log.info("  warm-up %s: %d s at 4 clients", label, settings.warmupSeconds());
            run(label + "-warmup", target, 4, settings.warmupSeconds());
        }
    }

    /** One measured run per number of clients, each appended to results.jsonl. */
    List<LoadResult> measure(String system, String scenario, Target target) throws IOException {
        List<LoadResult> results = new ArrayList<>();
        for (int clients : settings.clients()) {
            Environment.waitUntilIdle(target.serverPid());
            summary.busy(system, Environment.busyOthers(target.serverPid(), Duration.ofMillis(500)));
            JsonNode r = run(system + "-" + scenario + "-c" + clients, target, clients, settings.durationSeconds());
            long errors = r.path("connectErrors").asLong()
                    + r.path("readErrors").asLong()
                    + r.path("writeErrors").asLong()
                    + r.path("statusErrors").asLong()
                    + r.path("timeouts").asLong();
            double seconds = r.path("durationUs").asLong() / 1e6;
            LoadResult result = new LoadResult(
                    settings.scale(),
                    system,
                    scenario,
                    clients,
                    r.path("requests").asLong(),
                    errors,
                    seconds > 0 ? r.path("requests").asLong() / seconds : 0,
                    r.path("p50Us").asLong() / 1000.0,
                    r.path("p95Us").asLong() / 1000.0,
                    r.path("p99Us").asLong() / 1000.0);
            Json.append(settings.results(), result);
            Log.info(
                    "  %-12s %-8s c=%-3d %8.1f rps  p50 %7.2f  p95 %7.2f  p99 %7.2f ms  errors %d",
                    system,
                    scenario,
                    clients,
                    result.rps(),
                    result.p50Ms(),
                    result.p95Ms(),
                    result.p99Ms(),
                    result.errors());
            results.add(result);
        }
        return results;
    }

    private JsonNode run(String label, Target target, int clients, int seconds) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t",
                Integer.toString(Math.min(clients, 2)),
                "-c",
                Integer.toString(clients),
                "-d",
                seconds + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString()));
        for (String header : target.headers()) {
            command.add("-H");
            command.add(header);
        }
        command.add(target.baseUrl());
        command.add("--");
        command.add(target.requests().toString());
        command.add(target.method());
        Path log = settings.logs().resolve("wrk").resolve(label + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        Processes.Finished finished =
                processes.run("wrk " + label, command, Map.of(), log, Duration.ofSeconds(seconds + 60L));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        int at = output.indexOf("WRK_RESULT ");
        if (finished.exitCode() != 0 || at < 0) {
            throw new IOException("wrk " + label + " failed (exit " + finished.exitCode() + "):\n"
                    + Processes.tail(log, 20));
        }
        String json = output.substring(at + "WRK_RESULT ".length()).lines().findFirst().orElseThrow();
        return Json.MAPPER.readTree(json);
    }
}
