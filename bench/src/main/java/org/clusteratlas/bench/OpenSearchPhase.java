package org.clusteratlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenSearch as a team would use it directly: a single node (the repository's {@code scripts/opensearch/node.sh}), one
 * index with the german analyzer and an english subfield per text field, loaded with {@code _bulk}, and queried with
 * the equivalent of the application's search: multi_match with the same typo tolerance and "most words must match"
 * rule, weighted fields, highlights, the visibility, radius and kind filters, the two facets, and the exact total.
 */
final class OpenSearchPhase {

    static final String SYSTEM = "opensearch";
    private static final String INDEX = "bench";
    private static final int BULK_DOCUMENTS = 5_000;
    private static final List<String> TEXT_FIELDS = List.of("name", "competences", "offers", "description", "needs");
    private static final Pattern READY = Pattern.compile("OPENSEARCH_READY (\\S+) version=(\\S+).*pid=(\\d+)");

    private final Settings settings;
    private final Processes processes;
    private final Summary summary;
    private final QuerySet queries;
    private final PostalCodes postalCodes;
    private final Wrk wrk;
    private final String base;
    private final Path nodeDir;
    private long pid = -1;

    OpenSearchPhase(
            Settings settings,
            Processes processes,
            Summary summary,
            QuerySet queries,
            PostalCodes postalCodes,
            Wrk wrk) {
        this.settings = settings;
        this.processes = processes;
        this.summary = summary;
        this.queries = queries;
        this.postalCodes = postalCodes;
        this.wrk = wrk;
        this.base = "http://127.0.0.1:" + settings.openSearchPort();
        this.nodeDir = settings.work().resolve("opensearch-node");
    }

    void run() throws IOException {
        ObjectNode os = summary.fresh("opensearch");
        os.put("heap", settings.openSearchHeap());
        if (Http.answers(base)) {
            throw new IOException("port " + settings.openSearchPort() + " is taken: something already answers at "
                    + base);
        }
        Runnable stop = this::stopNode;
        processes.onClose(stop);
        try {
            pid = startNode(os);
            createIndex();
            load(os);
            summary.write();
            for (String scenario : List.of("text", "near")) {
                if (settings.scenarios().contains(scenario)) {
                    scenario(scenario);
                    summary.write();
                }
            }
            JsonNode jvm = Http.get(base + "/_nodes/stats/jvm", null).json().path("nodes");
            JsonNode node = jvm.elements().hasNext() ? jvm.elements().next() : Json.MAPPER.createObjectNode();
            os.put("heapUsedBytes", node.path("jvm").path("mem").path("heap_used_in_bytes").asLong());
            os.put("rssBytes", AtlasPhase.procStatus(pid).getOrDefault("VmRSS", -1L));
        } finally {
            processes.removeCleanup(stop);
            stopNode();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Node

    private long startNode(ObjectNode os) throws IOException {
        Path script = settings.repo().resolve("scripts/opensearch/node.sh");
        Map<String, String> env = new HashMap<>();
        env.put("ATLAS_OPENSEARCH_HEAP", settings.openSearchHeap());
        // The node ends with this JVM, even if this JVM is killed before it can stop the node.
        env.put("ATLAS_OPENSEARCH_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
        env.put("JAVA_HOME", fullJitJavaHome().toString());
        Path log = settings.logs().resolve("opensearch-start.log");
        Files.deleteIfExists(log);
        Log.info("starting OpenSearch on port %d (heap %s) ...", settings.openSearchPort(), settings.openSearchHeap());
        long start = System.nanoTime();
        Processes.Finished finished = processes.run(
                "opensearch start",
                List.of(script.toString(), "start", Integer.toString(settings.openSearchPort()), nodeDir.toString()),
                env,
                log,
                Duration.ofMinutes(15));
        Matcher ready = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (finished.exitCode() != 0 || !ready.find()) {
            throw new IOException("OpenSearch did not start:\n" + Processes.tail(log, 30));
        }
        os.put("version", ready.group(2));
        os.put("startupMillis", (System.nanoTime() - start) / 1_000_000);
        Log.info("OpenSearch %s is up", ready.group(2));
        return Long.parseLong(ready.group(3));
    }

    /**
     * node.sh starts the node with C1 only and the serial GC: right for a test node that must start fast, wrong for a
     * comparison of throughput. The node here gets what the application gets (the JDK's defaults: C2 and G1) from a
     * java wrapper that drops those two flags; everything else of the script (heap, class path, data) stays as is.
     */
    private Path fullJitJavaHome() throws IOException {
        Path home = settings.work().resolve("opensearch-jdk");
        Path java = home.resolve("bin/java");
        Files.createDirectories(java.getParent());
        String realJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(java, """
                #!/bin/sh
                # Written by the ClusterAtlas benchmark (OpenSearchPhase): the JDK's java without the start-up flags
                # of scripts/opensearch/node.sh, so that OpenSearch runs with C2 and G1 like the application.
                for arg do
                  shift
                  case "$arg" in
                    -XX:TieredStopAtLevel=1|-XX:+UseSerialGC) ;;
                    *) set -- "$@" "$arg" ;;
                  esac
                done
                exec '%s' "$@"
                """.formatted(realJava), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private void stopNode() {
        try {
            processes.run(
                    "opensearch stop",
                    List.of(settings.repo().resolve("scripts/opensearch/node.sh").toString(), "stop",
                            Integer.toString(settings.openSearchPort()), nodeDir.toString()),
                    Map.of(),
                    settings.logs().resolve("opensearch-stop.log"),
                    Duration.ofMinutes(2));
            Path nodeLog = nodeDir.resolveSibling(nodeDir.getFileName() + ".log");
            if (Files.exists(nodeLog)) {
                Files.move(nodeLog, settings.logs().resolve("opensearch.log"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Log.info("stopping OpenSearch failed: %s", e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Index and data

    private void createIndex() throws IOException {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putObject("settings")
                .put("number_of_shards", 1)
                .put("number_of_replicas", 0)
                .put("refresh_interval", "-1"); // during the bulk load only
        ObjectNode properties = body.putObject("mappings").put("dynamic", "strict").putObject("properties");
        for (String field : TEXT_FIELDS) {
            ObjectNode text = properties.putObject(field).put("type", "text").put("analyzer", "german");
            text.putObject("fields").putObject("en").put("type", "text").put("analyzer", "english");
        }
        for (String keyword : List.of("externalId", "kind", "visibility", "networks", "postalCode", "city")) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject("location").put("type", "geo_point");
        Http.Response response = Http.send("PUT", base + "/" + INDEX, "application/json", body.toString(), null);
        if (!response.ok()) {
            throw new IOException("creating the index: " + response.status() + " " + response.body());
        }
    }

    private void load(ObjectNode os) throws IOException {
        Log.info("loading %,d organizations into OpenSearch ...", settings.scale());
        long start = System.nanoTime();
        StringBuilder bulk = new StringBuilder(1 << 22);
        int[] inBulk = {0};
        long[] errors = {0};
        Dataset.forEach(settings.inputDir().resolve(Generate.ORGANIZATIONS_FILE), postalCodes, o -> {
            ObjectNode action = Json.MAPPER.createObjectNode();
            action.putObject("index").put("_index", INDEX).put("_id", o.externalId());
            ObjectNode doc = Json.MAPPER.createObjectNode();
            doc.put("externalId", o.externalId());
            doc.put("name", o.name());
            doc.put("kind", o.kind());
            doc.put("visibility", o.visibility());
            strings(doc.putArray("networks"), o.networks());
            ArrayNode description = doc.putArray("description");
            if (o.descriptionDe() != null) {
                description.add(o.descriptionDe());
            }
            if (o.descriptionEn() != null) {
                description.add(o.descriptionEn());
            }
            strings(doc.putArray("competences"), o.competences());
            strings(doc.putArray("offers"), o.offers());
            strings(doc.putArray("needs"), o.needs());
            doc.put("postalCode", o.postalCode());
            doc.put("city", o.city());
            if (!Double.isNaN(o.lat())) {
                doc.putObject("location").put("lat", o.lat()).put("lon", o.lon());
            }
            bulk.append(action).append('\n').append(doc).append('\n');
            if (++inBulk[0] == BULK_DOCUMENTS) {
                errors[0] += sendBulk(bulk);
                inBulk[0] = 0;
            }
        });
        if (inBulk[0] > 0) {
            errors[0] += sendBulk(bulk);
        }
        long sent = System.nanoTime();
        check(Http.send("POST", base + "/" + INDEX + "/_refresh", "application/json", "", null), "refresh");
        // Back to the default refresh interval, as a live index would run.
        check(Http.send("PUT", base + "/" + INDEX + "/_settings", "application/json",
                "{\"index\":{\"refresh_interval\":null}}", null), "settings");
        long searchable = System.nanoTime();
        long count = Http.get(base + "/" + INDEX + "/_count", null).json().path("count").asLong();
        JsonNode stats = Http.get(base + "/" + INDEX + "/_stats/store", null).json();
        os.put("documents", count);
        os.put("bulkErrors", errors[0]);
        os.put("bulkSeconds", (sent - start) / 1e9);
        os.put("searchableSeconds", (searchable - start) / 1e9);
        os.put("organizationsPerSecond", count / ((searchable - start) / 1e9));
        os.put("indexBytes",
                stats.path("indices").path(INDEX).path("primaries").path("store").path("size_in_bytes").asLong());
        Log.info("OpenSearch: %,d documents searchable after %.1f s (%d bulk errors)", count,
                (searchable - start) / 1e9, errors[0]);
        if (errors[0] > 0) {
            summary.note(errors[0] + " documents failed in OpenSearch's bulk load, see logs/opensearch-bulk.log");
        }
    }

    private long sendBulk(StringBuilder bulk) throws IOException {
        Http.Response response =
                Http.send("POST", base + "/_bulk", "application/x-ndjson", bulk.toString(), null);
        bulk.setLength(0);
        check(response, "bulk");
        JsonNode answer = response.json();
        if (!answer.path("errors").asBoolean()) {
            return 0;
        }
        long errors = 0;
        for (JsonNode item : answer.path("items")) {
            JsonNode error = item.path("index").path("error");
            if (!error.isMissingNode()) {
                if (errors == 0) {
                    Files.writeString(settings.logs().resolve("opensearch-bulk.log"), error.toPrettyString() + "\n",
                            StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                }
                errors++;
            }
        }
        return errors;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void check(Http.Response response, String what) throws IOException {
        if (!response.ok()) {
            throw new IOException("OpenSearch " + what + ": " + response.status() + " " + response.body());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Queries

    /** The search body for a query; one line, as the wrk script reads one body per line. */
    static String body(BenchQuery q) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("size", 20);
        body.put("track_total_hits", true);
        strings(body.putArray("_source"), List.of("externalId", "name", "city", "postalCode", "kind"));
        ObjectNode bool = body.putObject("query").putObject("bool");
        ObjectNode multiMatch = bool.putArray("must").addObject().putObject("multi_match");
        multiMatch.put("query", q.q());
        // The application's weights, typo tolerance (one edit from six letters, two from ten, first two letters
        // exact) and rule that one or two words must all match and longer queries three quarters of them.
        strings(multiMatch.putArray("fields"), List.of(
                "name^3", "name.en^3", "competences^2", "competences.en^2", "offers^2", "offers.en^2",
                "description", "description.en", "needs", "needs.en"));
        multiMatch.put("fuzziness", "AUTO:6,10");
        multiMatch.put("prefix_length", 2);
        multiMatch.put("minimum_should_match", "2<75%");
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("term").put("visibility", "PUBLIC");
        if (q.near()) {
            filter.addObject()
                    .putObject("geo_distance")
                    .put("distance", q.radiusKm() + "km")
                    .putObject("location")
                    .put("lat", q.lat())
                    .put("lon", q.lon());
        }
        if (!q.kinds().isEmpty()) {
            strings(filter.addObject().putObject("terms").putArray("kind"), q.kinds());
        }
        ObjectNode aggregations = body.putObject("aggs");
        aggregations.putObject("kind").putObject("terms").put("field", "kind").put("size", 10);
        aggregations.putObject("network").putObject("terms").put("field", "networks").put("size", 20);
        ObjectNode highlight = body.putObject("highlight");
        highlight.put("number_of_fragments", 3);
        ObjectNode fields = highlight.putObject("fields");
        for (String field : TEXT_FIELDS) {
            fields.putObject(field);
        }
        return body.toString();
    }

    private void scenario(String scenario) throws IOException {
        List<String> bodies = (scenario.equals("text") ? queries.text() : queries.near()).stream()
                .map(OpenSearchPhase::body)
                .toList();
        Path file = settings.work().resolve("opensearch-" + scenario + ".txt");
        Files.write(file, bodies, StandardCharsets.UTF_8);
        String url = base + "/" + INDEX + "/_search";
        int sampled = Math.min(bodies.size(), 50);
        int withHits = 0;
        long totalHits = 0;
        for (String body : bodies.subList(0, sampled)) {
            Http.Response response = Http.send("POST", url, "application/json", body, null);
            check(response, "search");
            long total = response.json().path("hits").path("total").path("value").asLong();
            withHits += total > 0 ? 1 : 0;
            totalHits += total;
        }
        summary.sanity(SYSTEM, scenario, sampled, withHits, totalHits);
        Log.info("%s %s: %d queries", SYSTEM, scenario, bodies.size());
        Wrk.Target target = new Wrk.Target(url, file, "POST", List.of("Content-Type: application/json"), pid);
        wrk.warmUp(SYSTEM + "-" + scenario, target);
        wrk.measure(SYSTEM, scenario, target);
    }
}
