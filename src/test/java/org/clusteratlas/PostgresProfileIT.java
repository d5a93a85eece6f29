package org.clusteratlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The production profile on a real PostgreSQL: every Flyway migration, the demo data, and the contract's key calls
 * (network creation, NDJSON import with a bad line, reading an organization). Each run gets its own schema, dropped
 * afterwards, so runs never see each other's data.
 */
@ActiveProfiles("postgres")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atlas.demo-data=true", "atlas.bootstrap.admin-token=" + PostgresProfileIT.TOKEN})
class PostgresProfileIT {

    static final String TOKEN = "postgres-it-bootstrap-token-0123456789";
    static final String BASE_URL =
            System.getProperty("atlas.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("atlas.test.postgres.user", "postgres");
    static final String PASSWORD = System.getProperty("atlas.test.postgres.password", "");
    static final String SCHEMA =
            "atlas_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        ExternalTestSupport.assumeAvailable(execute("create schema " + SCHEMA), "PostgreSQL at " + BASE_URL);
        registry.add("spring.datasource.url", () -> BASE_URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("atlas.data-dir", () -> "target/test-data/postgres-" + SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        execute("drop schema if exists " + SCHEMA + " cascade");
    }

    private static boolean execute(String sql) {
        try (Connection connection = DriverManager.getConnection(BASE_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    RestClient client() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    @Test
    void runsOnPostgresqlWithAllMigrationsAndTheDemoData() {
        String product = jdbc.queryForObject("select version()", String.class);
        assertThat(product.toLowerCase(Locale.ROOT)).contains("postgresql");
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
        assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class))
                .isGreaterThan(50);
        assertThat(jdbc.queryForList("select slug from network", String.class))
                .contains("it-westpfalz", "it-rhein-neckar", "metall-kl", "lautern-impuls");

        var health = client().get().uri("/actuator/health").retrieve().toEntity(JsonNode.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void contractCallsWorkOnPostgresql() {
        String slug = "pg-" + SCHEMA.substring(9);
        var created = client().post()
                .uri("/api/v1/networks")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "slug",
                        slug,
                        "name",
                        Map.of("de", "PG-Netz", "en", "PG network"),
                        "region",
                        "Pfalz",
                        "federations",
                        java.util.List.of("rlp")))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/networks/" + slug);

        String ndjson = """
                {"externalId":"%1$s-1","networks":["%1$s"],"name":"Umlaut Ölfilter GmbH","kind":"COMPANY","competences":["Filtertechnik"],"address":{"postalCode":"67655","city":"Kaiserslautern"}}
                {"externalId":"%1$s-2","networks":["%1$s"],"name":"Falsche PLZ GmbH","kind":"COMPANY","address":{"postalCode":"ABCDE","city":"Kaiserslautern"}}
                """.replace("%1$s", slug);
        var result = client().post()
                .uri("/api/v1/organizations/import")
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(result.getStatusCode().value()).isEqualTo(200);
        assertThat(result.getBody().get("created").asInt()).isEqualTo(1);
        assertThat(result.getBody().get("failed").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(result.getBody()
                        .get("failed")
                        .get(0)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("address.postalCode");

        UUID id = jdbc.queryForObject("select id from organization where external_id = ?", UUID.class, slug + "-1");
        var organization =
                client().get().uri("/api/v1/organizations/{id}", id).retrieve().toEntity(JsonNode.class);
        assertThat(organization.getStatusCode().value()).isEqualTo(200);
        assertThat(organization.getBody().get("name").asString()).isEqualTo("Umlaut Ölfilter GmbH");
        assertThat(organization.getBody().get("externalId").asString()).isEqualTo(slug + "-1");
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization where external_id = ?", Integer.class, slug + "-2"))
                .isZero();
    }
}
