package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusteratlas.ExternalTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search contract on the {@code opensearch} profile: the application with the demo data against a real OpenSearch
 * node, which this test starts itself ({@code scripts/opensearch/node.sh}, on a free port) and stops afterwards, so
 * that {@code ./mvnw verify} needs no set-up. Where the node cannot start (no bash, no network for the first build of
 * the node), the test is skipped, or fails when external tests are required ({@link ExternalTestSupport}).
 *
 * <p>The checks are the Lucene backend's ({@link SearchApiTest}) through the HTTP API: same hits in the same order,
 * German and English, compounds and umlauts, facets, and writes searchable right after their response.
 */
@ActiveProfiles("opensearch")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "atlas.demo-data=true",
            "atlas.bootstrap.admin-token=" + OpenSearchBackendIT.TOKEN,
            "atlas.mail.delivery=STORE"
        })
// The context talks to a node that is gone after this class: it must not stay in the context cache.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenSearchBackendIT {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchBackendIT.class);

    static final String TOKEN = "opensearch-it-bootstrap-token-0123456789";

    private static final Path NODE_SCRIPT = Path.of("scripts", "opensearch", "node.sh");
    private static final Pattern READY = Pattern.compile("OPENSEARCH_READY \\S+ version=(\\S+).*startupMillis=(\\d+)");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Path DATA_DIR =
            Path.of("target", "test-data", "opensearch-" + RUN).toAbsolutePath().normalize();
    private static final Path NODE_DIR = Path.of("target", "test-data", "opensearch-node-" + RUN)
            .toAbsolutePath()
            .normalize();

    private static int nodePort;
    private static boolean nodeStarted;

    @BeforeAll
    static void startNode() throws Exception {
        nodePort = freePort();
        NodeScript start = nodeScript("start");
        nodeStarted = start.exitCode() == 0;
        ExternalTestSupport.assumeAvailable(
                nodeStarted, "An OpenSearch node (scripts/opensearch/node.sh start: " + start.output() + ")");
        Matcher ready = READY.matcher(start.output());
        if (ready.find()) {
            log.info("OpenSearch {} on port {} started in {} ms", ready.group(1), nodePort, ready.group(2));
        }
    }

    @AfterAll
    static void stopNode() throws Exception {
        if (nodeStarted) {
            NodeScript stop = nodeScript("stop");
            assertThat(stop.exitCode()).as("node.sh stop: %s", stop.output()).isZero();
        }
    }

    @DynamicPropertySource
    static void opensearch(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.properties.hibernate.search.backend.hosts", () -> "127.0.0.1:" + nodePort);
        registry.add("atlas.data-dir", DATA_DIR::toString);
    }

    /** Runs node.sh; the node stops by itself should this JVM die before {@link #stopNode()}. */
    private static NodeScript nodeScript(String command) throws InterruptedException {
        if (!Files.isExecutable(NODE_SCRIPT)) {
            return new NodeScript(-1, NODE_SCRIPT.toAbsolutePath() + " is missing or not executable");
        }
        var builder = new ProcessBuilder(
                        "bash", NODE_SCRIPT.toString(), command, String.valueOf(nodePort), NODE_DIR.toString())
                .redirectErrorStream(true);
        builder.environment()
                .put(
                        "ATLAS_OPENSEARCH_PARENT_PID",
                        String.valueOf(ProcessHandle.current().pid()));
        try {
            Process process = builder.start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new NodeScript(-1, "timed out; " + output);
            }
            return new NodeScript(process.exitValue(), output);
        } catch (IOException e) {
            return new NodeScript(-1, e.toString());
        }
    }

    private record NodeScript(int exitCode, String output) {}

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private RestClient client() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    /** GET with the query exactly as encoded here (a URI template would encode the encoding again). */
    private JsonNode search(String query) {
        ResponseEntity<JsonNode> response = client().get()
                .uri(URI.create("http://localhost:" + port + "/api/v1/search/organizations?" + query))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(response.getStatusCode().value())
                .as("status of %s: %s", query, response.getBody())
                .isEqualTo(200);
        return response.getBody();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> externalIds(JsonNode results) {
        return results.get("hits").values().stream()
                .map(hit -> hit.get("externalId").asString())
                .toList();
    }

    @Test
    void powderCoatingNearKaiserslauternListsTheCoatersNearestFirstInGermanAndEnglish() {
        JsonNode german = search("q=Pulverbeschichtung&near=67655&radiusKm=30");
        assertThat(externalIds(german)).containsExactly("demo-mc-021", "demo-mc-022", "demo-mc-010");
        assertThat(german.get("hits").values().stream()
                        .map(hit -> hit.get("distanceKm").asDouble())
                        .toList())
                .isSorted()
                .allSatisfy(distance -> assertThat(distance).isLessThanOrEqualTo(30.0));

        assertThat(externalIds(search("q=" + q("powder coating") + "&near=67655&radiusKm=30")))
                .containsExactly("demo-mc-021", "demo-mc-022", "demo-mc-010");
    }

    @Test
    void resultsCarryFacetsAndHighlights() {
        JsonNode results = search("q=Pulverbeschichtung&near=67655&radiusKm=30");
        assertThat(results.get("total").asLong()).isEqualTo(3);
        assertThat(results.get("facets").get("kind").get("COMPANY").asLong()).isEqualTo(3);
        assertThat(results.get("facets").get("network").get("metall-kl").asLong())
                .isEqualTo(3);
        assertThat(results.get("hits").get(0).get("highlights").values())
                .anySatisfy(highlight -> assertThat(highlight.asString()).contains("<mark>"));
    }

    @Test
    void compoundsUmlautsAndTyposAreAnalyzedAsWithLucene() {
        // "Blechbearbeitung" is split by the dictionary decompounder, "Bearbeitung von Blech" finds the parts.
        assertThat(externalIds(search("q=Blechbearbeitung"))).contains("demo-mc-008");
        assertThat(externalIds(search("q=" + q("Bearbeitung von Blech")))).contains("demo-mc-008");
        // German normalization: "ae" typed for "ä" ("Lauterer Oberflächentechnik GmbH").
        assertThat(externalIds(search("q=Oberflaechentechnik"))).contains("demo-mc-021");
        assertThat(externalIds(search("q=" + q("Pulverbeschichtnug") + "&near=67655&radiusKm=30")))
                .contains("demo-mc-021", "demo-mc-010");
    }

    @Test
    void importedOrganizationsAreSearchableRightAfterTheResponse() {
        String externalId = "os-fresh-" + RUN;
        String line = json.writeValueAsString(Map.of(
                "externalId",
                externalId,
                "networks",
                List.of("metall-kl"),
                "name",
                "Quantenschmiede Zweibrücken " + RUN,
                "kind",
                "COMPANY",
                "visibility",
                "PUBLIC",
                "competences",
                List.of("Quantenpunktlaser"),
                "address",
                Map.of("postalCode", "67655", "city", "Kaiserslautern", "country", "DE")));
        ResponseEntity<JsonNode> imported = client().post()
                .uri("/api/v1/organizations/import")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(line.getBytes(StandardCharsets.UTF_8))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(imported.getStatusCode().value())
                .as("import: %s", imported.getBody())
                .isEqualTo(200);
        assertThat(imported.getBody().get("created").asInt()).isEqualTo(1);

        // No waiting: read-sync makes the import's response wait for OpenSearch's refresh.
        assertThat(externalIds(search("q=Quantenschmiede"))).containsExactly(externalId);
        assertThat(externalIds(search("q=" + q("Quantenpunktlaser") + "&near=67655&radiusKm=10")))
                .containsExactly(externalId);
    }
}
