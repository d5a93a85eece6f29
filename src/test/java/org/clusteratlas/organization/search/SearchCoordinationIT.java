package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.clusteratlas.ClusterAtlasApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Profile "cluster": index changes travel through Hibernate Search's outbox table and are applied by the node's
 * agent, and still become searchable within the contract's two seconds.
 */
class SearchCoordinationIT {

    private static final Path DATA_DIR = Path.of("target/test-data/coordination-" + UUID.randomUUID());
    private static final String TOKEN = "coordination-it-token-0123456789";

    @Test
    void writesReachTheIndexThroughTheOutboxWithinTwoSeconds() throws Exception {
        try (var context = new SpringApplicationBuilder(ClusterAtlasApplication.class)
                .run(
                        "--spring.profiles.active=cluster",
                        "--atlas.data-dir=" + DATA_DIR,
                        "--atlas.demo-data=false",
                        "--atlas.bootstrap.admin-token=" + TOKEN,
                        "--server.port=0",
                        "--atlas.mail.delivery=STORE",
                        "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> network = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/networks"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"slug\":\"coord-net\",\"name\":{\"de\":\"Koordination\"}}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(network.statusCode()).as(network.body()).isEqualTo(201);
            String name = "Outboxwerk " + UUID.randomUUID().toString().substring(0, 8);
            String line = "{\"externalId\":\"coord-1\",\"networks\":[\"coord-net\"],\"name\":\"" + name
                    + "\",\"kind\":\"COMPANY\"," + "\"competences\":[\"Zirkonfräsen\"],\"visibility\":\"PUBLIC\"}";
            HttpResponse<String> imported = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organizations/import"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(line))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(imported.body()).contains("\"created\":1");
            long written = System.nanoTime();

            URI search = URI.create("http://localhost:" + port + "/api/v1/search/organizations?q="
                    + URLEncoder.encode("Zirkonfräsen", StandardCharsets.UTF_8));
            String body = "";
            while (System.nanoTime() - written < Duration.ofSeconds(2).toNanos()) {
                body = http.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                if (body.contains(name)) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(body).as("searchable within 2 s").contains(name);
            Integer pending = context.getBean(JdbcTemplate.class)
                    .queryForObject("select count(*) from hsearch_outbox_event", Integer.class);
            assertThat(pending).isZero();
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (!Files.exists(DATA_DIR)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(DATA_DIR)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
