package org.clusteratlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.internal.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration tests: one Spring context for all subclasses (same annotations, same properties, so the
 * test framework caches and reuses it), started on a fresh embedded database with the demo data and a known bootstrap
 * admin token.
 *
 * <p>The data directory is unique per JVM ({@code target/test-data/run-<random>}), created before the context starts,
 * so neither an earlier run nor a parallel JVM can leave data or a database lock behind. Its path reaches the
 * application as the system property {@value #DATA_DIR_PROPERTY}, which the inlined {@code atlas.data-dir} refers to;
 * the inlined text is constant, so the context cache key is the same for every subclass.
 *
 * <p>Tests share the database: whatever a test creates gets unique slugs and external ids ({@link #unique(String)}),
 * so the order of tests does not matter.
 */
@SpringBootTest(
        properties = {
            "atlas.data-dir=${" + AtlasIntegrationTest.DATA_DIR_PROPERTY + "}",
            "atlas.demo-data=true",
            "atlas.bootstrap.admin-token=" + AtlasIntegrationTest.ADMIN_TOKEN,
            "atlas.base-url=http://localhost:8080",
            "atlas.mail.delivery=STORE",
            // A configured tile server (never contacted: MockMvc renders pages, no browser loads them), so that
            // the pages' map and CSP are tested as an installation with tiles has them.
            "atlas.map.tile-url=https://tile.openstreetmap.org/{z}/{x}/{y}.png"
        })
@AutoConfigureMockMvc
public abstract class AtlasIntegrationTest {

    /** The bootstrap admin token the test context starts with. */
    public static final String ADMIN_TOKEN = "test-bootstrap-token-0123456789";

    public static final String DATA_DIR_PROPERTY = "clusteratlas.test.data-dir";

    public static final String DEMO_PASSWORD = "demo-Atlas-2026";
    public static final String ADMIN = "admin@clusteratlas.example";
    public static final String MEMBER = "mitglied@clusteratlas.example";
    public static final String EDITOR = "redaktion@kettering-software.example";

    public static final String NDJSON = "application/x-ndjson";

    /** The data directory of this JVM's test context. */
    protected static final Path DATA_DIR = prepareDataDirectory();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ApiTokenService apiTokens;

    @Autowired
    protected Accounts accounts;

    private static synchronized Path prepareDataDirectory() {
        String existing = System.getProperty(DATA_DIR_PROPERTY);
        if (existing != null) {
            return Path.of(existing);
        }
        Path dir = Path.of("target", "test-data", "run-" + UUID.randomUUID())
                .toAbsolutePath()
                .normalize();
        deleteRecursively(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the test data directory " + dir, e);
        }
        System.setProperty(DATA_DIR_PROPERTY, dir.toString());
        return dir;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the old test data directory " + dir, e);
        }
    }

    /** The email of the demo office account (network manager) of that network. */
    public static String office(String networkSlug) {
        return "office." + networkSlug + "@clusteratlas.example";
    }

    /** {@code prefix-<8 random lowercase hex digits>}: valid as slug and external id, unique per call. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh personal API token of the demo (or any existing) account with that email. */
    protected String tokenFor(String email) {
        UUID accountId = accountId(email);
        return apiTokens.issue(accountId, "test " + unique("token")).secret();
    }

    protected UUID accountId(String email) {
        return accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalStateException("No account " + email))
                .id();
    }

    protected static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    /** Bearer authentication with the token, or none at all (an anonymous request) for null. */
    protected static RequestPostProcessor as(String tokenOrNull) {
        return tokenOrNull == null ? request -> request : bearer(tokenOrNull);
    }

    protected MockHttpServletRequestBuilder postJson(String url, Object body) {
        return post(url).contentType(MediaType.APPLICATION_JSON).content(toJson(body));
    }

    protected MockHttpServletRequestBuilder importRequest(List<String> lines) {
        return post("/api/v1/organizations/import")
                .contentType(NDJSON)
                .characterEncoding(StandardCharsets.UTF_8)
                .content(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** Imports NDJSON lines with the token and returns the import result; the request must succeed. */
    protected JsonNode importLines(String token, List<String> lines) throws Exception {
        MvcResult result = mvc.perform(importRequest(lines).with(bearer(token))).andReturn();
        assertThat(result.getResponse().getStatus())
                .as("import status, body %s", result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return body(result);
    }

    /** GET as the token's owner (or anonymously for null); returns the response. */
    protected MvcResult getAs(String url, String tokenOrNull) throws Exception {
        return mvc.perform(get(url).with(as(tokenOrNull))).andReturn();
    }

    /** GET with the URL exactly as encoded by the caller (a URL template would encode the encoding again). */
    protected MvcResult getEncoded(String url, String tokenOrNull) throws Exception {
        return mvc.perform(get(java.net.URI.create(url)).with(as(tokenOrNull))).andReturn();
    }

    /** {@link #getEncoded}, which must answer 200; its JSON body. */
    protected JsonNode okJson(String url, String tokenOrNull) throws Exception {
        MvcResult result = getEncoded(url, tokenOrNull);
        assertThat(result.getResponse().getStatus())
                .as("%s: %s", url, result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return body(result);
    }

    /** The {@code externalId}s of a search or match result's hits, in order. */
    protected static List<String> hitExternalIds(JsonNode results) {
        return results.get("hits").values().stream()
                .map(hit -> hit.get("externalId").asString())
                .toList();
    }

    protected JsonNode body(MvcResult result) throws IOException {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    protected String toJson(Object value) {
        return value instanceof String text ? text : json.writeValueAsString(value);
    }

    /** The server-assigned id of the organization with that external id, read from the database. */
    protected UUID organizationId(String externalId) {
        return jdbc.queryForObject("select id from organization where external_id = ?", UUID.class, externalId);
    }

    protected int countOrganizations(String externalId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from organization where external_id = ?", Integer.class, externalId);
        return count == null ? 0 : count;
    }

    /** The bodies of the mails to that address, oldest first. */
    protected List<String> mailsTo(String recipient) {
        return jdbc.queryForList(
                "select body from mail_message where lower(recipient) = ? order by created_at, id",
                String.class,
                recipient.toLowerCase(Locale.ROOT));
    }

    /** The {@code field} values of a validation problem's or failed line's {@code errors} array. */
    protected static List<String> errorFields(JsonNode errors) {
        return errors.values().stream()
                .map(error -> error.path("field").asString())
                .toList();
    }

    /** A minimal valid organization in the contract's shape, as a mutable map for tests to adjust. */
    protected static Map<String, Object> organization(String externalId, String name, String network) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("externalId", externalId);
        organization.put("networks", List.of(network));
        organization.put("name", name);
        organization.put("kind", "COMPANY");
        organization.put(
                "address",
                Map.of("street", "Teststraße 1", "postalCode", "67655", "city", "Kaiserslautern", "country", "DE"));
        organization.put("visibility", "PUBLIC");
        return organization;
    }

    protected static String sha256Hex(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
