package org.clusteratlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application under test, embedded default (H2 + Lucene in the data directory): start-up of the empty
 * application, import through the public bulk API until searchable, the four scenarios under wrk, memory after GC,
 * sizes on disk, and start-up with the loaded data.
 */
final class AtlasPhase {

    static final String API = "atlas-api";
    static final String PAGE = "atlas-page";

    private static final Pattern LEGAL_FORM =
            Pattern.compile("\\s+(GmbH & Co\\. KG|gGmbH|GmbH|AG|e\\.K\\.|KG|OHG|UG|e\\.V\\.)$");
    private static final Pattern STARTED =
            Pattern.compile("Started \\S+ in ([0-9.]+) seconds(?: \\(process running for ([0-9.]+)\\))?");

    private final Settings settings;
    private final Processes processes;
    private final Summary summary;
    private final QuerySet queries;
    private final Wrk wrk;
    private final Jfr jfr;
    private final String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
    private final String base;

    /** The running application and how long it took to become healthy. */
    private record Running(Processes.Managed process, long healthyMillis, Double reportedSeconds) {}

    AtlasPhase(Settings settings, Processes processes, Summary summary, QuerySet queries, Wrk wrk) {
        this.settings = settings;
        this.processes = processes;
        this.summary = summary;
        this.queries = queries;
        this.wrk = wrk;
        this.jfr = new Jfr(settings, processes);
        this.base = "http://127.0.0.1:" + settings.appPort();
    }

    void run() throws IOException {
        try {
            measure();
        } finally {
            // Also after a failure: the recordings made so far are the best clue to what went wrong.
            try {
                jfr.summarize();
            } catch (IOException e) {
                Log.info("JFR summaries failed: %s", e);
            }
        }
    }

    private void measure() throws IOException {
        ObjectNode atlas = summary.fresh("atlas");
        atlas.put("jar", settings.jar().toString());
        atlas.put("jvmOpts", settings.appJvmOpts());
        deleteTree(settings.atlasDataDir());
        Files.createDirectories(settings.atlasDataDir());

        Running app = start("app-empty");
        try {
            atlas.put("startupEmptyMillis", app.healthyMillis());
            putIfNotNull(atlas, "startupEmptyReportedSeconds", app.reportedSeconds());
            summary.write();

            jfr.start(app.process().pid(), "atlas-import");
            createNetworks();
            importAll(atlas.putObject("import"));
            jfr.stop(app.process().pid(), "atlas-import");
            summary.write();

            List<String> matchIds = resolveMatchIds(atlas);
            for (String scenario : settings.scenarios()) {
                scenario(scenario, matchIds, app);
                summary.write();
            }
            memory(app, atlas.putObject("memory"));
        } finally {
            processes.stop(app.process(), Duration.ofSeconds(60));
        }
        ObjectNode disk = atlas.putObject("disk");
        disk.put("indexBytes", sizeOf(settings.atlasDataDir().resolve("index")));
        disk.put("databaseBytes", sizeOf(settings.atlasDataDir().resolve("db")));
        summary.write();

        Running restarted = start("app-loaded");
        try {
            atlas.put("startupLoadedMillis", restarted.healthyMillis());
            putIfNotNull(atlas, "startupLoadedReportedSeconds", restarted.reportedSeconds());
            JsonNode check = Http.get(base + "/api/v1/admin/search-index", token).json();
            atlas.put("organizationsAfterRestart", check.path("counts").path("indexedOrganizations").asLong());
        } finally {
            processes.stop(restarted.process(), Duration.ofSeconds(60));
        }
        summary.write();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Start-up

    private Running start(String label) throws IOException {
        if (Http.answers(base + "/actuator/health")) {
            throw new IOException("port " + settings.appPort() + " is taken: something already answers at " + base);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(settings.appJvmOpts().trim().split("\\s+")));
        command.addAll(List.of("-jar", settings.jar().toString()));
        Map<String, String> env = Map.of(
                "ATLAS_DATA_DIR", settings.atlasDataDir().toString(),
                "ATLAS_DEMO_DATA", "false",
                "ATLAS_BOOTSTRAP_ADMIN_TOKEN", token,
                "SERVER_PORT", Integer.toString(settings.appPort()));
        Path log = settings.logs().resolve(label + ".log");
        Files.deleteIfExists(log);
        Log.info("starting the application (%s) ...", label);
        long start = System.nanoTime();
        Processes.Managed process = processes.start(label, command, env, log);
        long deadline = start + Duration.ofMinutes(10).toNanos();
        while (true) {
            if (!process.process().isAlive()) {
                throw new IOException("the application ended during start-up:\n" + Processes.tail(log, 40));
            }
            try {
                Http.Response health = Http.get(base + "/actuator/health", null);
                if (health.status() == 200 && health.json().path("status").asText().equals("UP")) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                processes.stop(process, Duration.ofSeconds(30));
                throw new IOException("the application was not UP within 10 minutes:\n" + Processes.tail(log, 40));
            }
            sleep(100);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Double reported = null;
        Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (started.find()) {
            reported = Double.parseDouble(started.group(1));
        }
        Log.info("application UP after %,d ms (it reports %s s), pid %d", millis, reported, process.pid());
        return new Running(process, millis, reported);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Data

    private void createNetworks() throws IOException {
        for (int i = 1; i <= Generate.NETWORKS; i++) {
            String slug = Generate.network(i);
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("slug", slug);
            body.putObject("name")
                    .put("de", "Benchmark-Netzwerk " + i)
                    .put("en", "Benchmark network " + i);
            body.put("region", i == Generate.NETWORKS ? "Deutschland" : "PLZ-Region " + (i - 1));
            body.putArray("federations");
            Http.Response response =
                    Http.send("POST", base + "/api/v1/networks", "application/json", body.toString(), token);
            if (response.status() != 201) {
                throw new IOException("creating network " + slug + ": " + response.status() + " " + response.body());
            }
        }
    }

    /**
     * Streams the NDJSON to the import API in requests of {@code importChunk} lines, then waits until the index holds
     * every organization. Throughput counts from the first byte sent to searchable: indexing is part of the import.
     */
    private void importAll(ObjectNode result) throws IOException {
        Path ndjson = settings.inputDir().resolve(Generate.ORGANIZATIONS_FILE);
        Log.info("importing %,d organizations (%,d lines per request) ...", settings.scale(), settings.importChunk());
        long created = 0;
        long updated = 0;
        long failed = 0;
        long warnings = 0;
        ArrayNode failures = Json.MAPPER.createArrayNode();
        long start = System.nanoTime();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(ndjson), 1 << 16)) {
            NdjsonChunks chunks = new NdjsonChunks(file, settings.importChunk());
            while (chunks.hasNext()) {
                InputStream body = chunks.next();
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/organizations/import"))
                        .timeout(Duration.ofHours(3))
                        .header("Content-Type", "application/x-ndjson")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                        .build();
                long requestStart = System.nanoTime();
                Http.Response response = Http.send(request);
                if (response.status() != 200) {
                    throw new IOException("import request " + chunks.chunks() + ": " + response.status() + " "
                            + response.body());
                }
                JsonNode answer = response.json();
                created += answer.path("created").asLong();
                updated += answer.path("updated").asLong();
                failed += answer.path("failed").size();
                warnings += answer.path("warnings").size();
                for (JsonNode failure : answer.path("failed")) {
                    if (failures.size() < 50) {
                        failures.add(failure);
                    }
                }
                Log.info(
                        "  request %d: %,d lines in %.1f s (%,d created so far)",
                        chunks.chunks(),
                        chunks.linesInLastChunk(),
                        (System.nanoTime() - requestStart) / 1e9,
                        created);
            }
            result.put("requests", chunks.chunks());
        }
        long sent = System.nanoTime();
        waitUntilSearchable(created + updated);
        long searchable = System.nanoTime();
        double seconds = (searchable - start) / 1e9;
        result.put("organizations", settings.scale());
        result.put("created", created);
        result.put("updated", updated);
        result.put("failed", failed);
        result.put("warnings", warnings);
        result.put("linesPerRequest", settings.importChunk());
        result.put("requestSeconds", (sent - start) / 1e9);
        result.put("searchableSeconds", seconds);
        result.put("organizationsPerSecond", settings.scale() / seconds);
        if (!failures.isEmpty()) {
            Files.writeString(settings.logs().resolve("import-failures.json"), failures.toPrettyString());
            summary.note(String.format(
                    Locale.ROOT, "%,d of %,d organizations failed to import; the first in logs/import-failures.json",
                    failed, settings.scale()));
        }
        Log.info(
                "imported %,d (%,d failed) in %.1f s, searchable after %.1f s: %,.0f organizations/s",
                created + updated,
                failed,
                (sent - start) / 1e9,
                seconds,
                settings.scale() / seconds);
        if (created + updated == 0) {
            throw new IOException("nothing was imported");
        }
    }

    private void waitUntilSearchable(long expected) throws IOException {
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (true) {
            JsonNode counts = Http.get(base + "/api/v1/admin/search-index", token).json().path("counts");
            if (counts.path("indexedOrganizations").asLong() >= expected
                    && counts.path("organizations").asLong() >= expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the index never caught up: " + counts);
            }
            sleep(200);
        }
    }

    /**
     * The ids of the match targets. The API finds organizations by id, not by external id, so each target is searched
     * by its name near its own postal code, and the hit with the right external id is taken.
     */
    private List<String> resolveMatchIds(ObjectNode atlas) throws IOException {
        if (!settings.scenarios().contains("matches")) {
            return List.of();
        }
        Set<String> wanted = new HashSet<>(queries.matchExternalIds());
        Map<String, JsonNode> targets = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(
                settings.inputDir().resolve(Generate.ORGANIZATIONS_FILE), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && targets.size() < wanted.size()) {
                // The external id is the first field of every generated line: no need to parse the others.
                int start = line.indexOf("\"externalId\":\"") + 14;
                String externalId = line.substring(start, line.indexOf('"', start));
                if (wanted.contains(externalId)) {
                    targets.put(externalId, Json.MAPPER.readTree(line));
                }
            }
        }
        List<String> ids = new ArrayList<>();
        for (String externalId : queries.matchExternalIds()) {
            JsonNode target = targets.get(externalId);
            if (target == null) {
                continue;
            }
            String name = target.path("name").asText();
            String shortName = LEGAL_FORM.matcher(name).replaceFirst("");
            String near = "&near=" + Http.encode(target.path("address").path("postalCode").asText()) + "&radiusKm=50";
            // By relevance (nearest first would bury it among its neighbours); without the legal form when the whole
            // name finds nothing (the application does not find "… e.K." by its full name); without the place when
            // the postal code's place is another than the organization's.
            for (String query : List.of(
                    Http.encode(name) + near, Http.encode(shortName) + near, Http.encode(shortName))) {
                String id = find(externalId, base + "/api/v1/search/organizations?size=100&sort=RELEVANCE&q=" + query);
                if (id != null) {
                    ids.add(id);
                    break;
                }
            }
        }
        atlas.put("matchTargets", queries.matchExternalIds().size());
        atlas.put("matchTargetsResolved", ids.size());
        if (ids.size() < queries.matchExternalIds().size()) {
            summary.note(String.format(
                    Locale.ROOT,
                    "%d of %d match targets could not be found by name near their postal code and are left out",
                    queries.matchExternalIds().size() - ids.size(),
                    queries.matchExternalIds().size()));
        }
        if (ids.isEmpty()) {
            throw new IOException("no match target could be resolved to an id");
        }
        return ids;
    }

    private String find(String externalId, String url) throws IOException {
        for (JsonNode hit : Http.get(url, token).json().path("hits")) {
            if (hit.path("externalId").asText().equals(externalId)) {
                return hit.path("id").asText();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Scenarios

    private void scenario(String scenario, List<String> matchIds, Running app) throws IOException {
        List<String> paths = switch (scenario) {
            case "text" -> queries.text().stream().map(AtlasPhase::searchPath).toList();
            case "near" -> queries.near().stream().map(AtlasPhase::searchPath).toList();
            case "matches" -> matchIds.stream()
                    .map(id -> "/api/v1/organizations/" + id + "/matches?size=10")
                    .toList();
            case "page" -> queries.near().stream().map(AtlasPhase::pagePath).toList();
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
        String system = scenario.equals("page") ? PAGE : API;
        Path file = settings.work().resolve("atlas-" + scenario + ".txt");
        Files.write(file, paths, StandardCharsets.UTF_8);
        Log.info("scenario %s: %d distinct requests", scenario, paths.size());
        check(system, scenario, paths);
        // Anonymous, as the public uses search and matches (the authorization matrix allows everyone both).
        Wrk.Target target = new Wrk.Target(base, file, "GET", List.of(), app.process().pid());
        wrk.warmUp("atlas-" + scenario, target);
        jfr.start(app.process().pid(), "atlas-" + scenario);
        wrk.measure(system, scenario, target);
        jfr.stop(app.process().pid(), "atlas-" + scenario);
    }

    static String searchPath(BenchQuery q) {
        StringBuilder path = new StringBuilder("/api/v1/search/organizations?q=").append(Http.encode(q.q()));
        path.append("&lang=").append(q.lang());
        appendNear(path, q);
        return path.toString();
    }

    static String pagePath(BenchQuery q) {
        StringBuilder path = new StringBuilder("/search?q=").append(Http.encode(q.q()));
        appendNear(path, q);
        return path.toString();
    }

    private static void appendNear(StringBuilder path, BenchQuery q) {
        if (q.near()) {
            path.append("&near=").append(q.postalCode()).append("&radiusKm=").append(q.radiusKm());
        }
        for (String kind : q.kinds()) {
            path.append("&kind=").append(kind);
        }
    }

    /**
     * Fails loudly unless the first requests of the scenario answer 200 and some of them find something; records how
     * many found something and how much, so the alternatives' answers can be compared with the application's.
     */
    private void check(String system, String scenario, List<String> paths) throws IOException {
        int sampled = Math.min(paths.size(), 50);
        int withHits = 0;
        long totalHits = 0;
        for (String path : paths.subList(0, sampled)) {
            Http.Response response = Http.get(base + path, null);
            if (response.status() != 200) {
                throw new IOException(scenario + ": GET " + path + " answered " + response.status() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            long hits = switch (scenario) {
                case "page" -> count(response.body(), "search-hit\"");
                case "matches" -> response.json().path("hits").size();
                default -> response.json().path("total").asLong();
            };
            withHits += hits > 0 ? 1 : 0;
            totalHits += hits;
        }
        summary.sanity(system, scenario, sampled, withHits, totalHits);
        if (withHits == 0) {
            throw new IOException(scenario + ": none of the first " + sampled + " requests found anything, e.g. "
                    + base + paths.getFirst());
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Memory and disk

    private void memory(Running app, ObjectNode memory) throws IOException {
        long pid = app.process().pid();
        Path log = settings.logs().resolve("jcmd").resolve("gc.log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        processes.run("jcmd GC.run", List.of(jcmd, Long.toString(pid), "GC.run"), Map.of(), log, Duration.ofMinutes(2));
        processes.run(
                "jcmd GC.heap_info",
                List.of(jcmd, Long.toString(pid), "GC.heap_info"),
                Map.of(),
                log,
                Duration.ofMinutes(1));
        JsonNode heap = Http.get(base + "/actuator/metrics/jvm.memory.used?tag=area:heap", token).json();
        long heapUsed = heap.path("measurements").path(0).path("value").asLong();
        JsonNode committed = Http.get(base + "/actuator/metrics/jvm.memory.committed?tag=area:heap", token).json();
        Map<String, Long> status = procStatus(pid);
        memory.put("heapUsedAfterGcBytes", heapUsed);
        memory.put("heapCommittedBytes", committed.path("measurements").path(0).path("value").asLong());
        memory.put("rssBytes", status.getOrDefault("VmRSS", -1L));
        memory.put("rssPeakBytes", status.getOrDefault("VmHWM", -1L));
        Log.info(
                "heap after GC %,d MB, RSS %,d MB (peak %,d MB)",
                heapUsed >> 20,
                status.getOrDefault("VmRSS", -1L) >> 20,
                status.getOrDefault("VmHWM", -1L) >> 20);
    }

    /** The kB figures of /proc/PID/status, in bytes. */
    static Map<String, Long> procStatus(long pid) throws IOException {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            String[] parts = line.split("\\s+");
            if (parts.length == 3 && parts[2].equals("kB")) {
                values.put(parts[0].replace(":", ""), Long.parseLong(parts[1]) * 1024);
            }
        }
        return values;
    }

    static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void putIfNotNull(ObjectNode node, String field, Double value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
