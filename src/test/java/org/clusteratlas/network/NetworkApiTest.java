package org.clusteratlas.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

class NetworkApiTest extends AtlasIntegrationTest {

    private static final List<String> DEMO_NETWORKS =
            List.of("it-westpfalz", "it-rhein-neckar", "metall-kl", "lautern-impuls");

    private static Map<String, Object> networkBody(String slug, List<String> federations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("name", Map.of("de", "Test-Cluster " + slug, "en", "Test Cluster " + slug));
        body.put("region", "Kaiserslautern");
        body.put("federations", federations);
        return body;
    }

    @Test
    void platformAdminCreatesNetworkWithLocationAndBody() throws Exception {
        String slug = unique("net");

        MvcResult result = mvc.perform(postJson("/api/v1/networks", networkBody(slug, List.of("rlp")))
                        .with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Location", endsWith("/api/v1/networks/" + slug)))
                .andReturn();

        JsonNode network = body(result);
        assertThat(network.path("slug").asString()).isEqualTo(slug);
        assertThat(network.path("name").path("de").asString()).isEqualTo("Test-Cluster " + slug);
        assertThat(network.path("name").path("en").asString()).isEqualTo("Test Cluster " + slug);
        assertThat(network.path("region").asString()).isEqualTo("Kaiserslautern");
        assertThat(network.path("federations").values())
                .extracting(JsonNode::asString)
                .containsExactly("rlp");

        mvc.perform(get(result.getResponse().getHeader("Location")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value(slug))
                .andExpect(jsonPath("$.memberCount").value(0));
    }

    @Test
    void personalTokenOfPlatformAdminCreatesNetwork() throws Exception {
        String slug = unique("net");

        mvc.perform(postJson("/api/v1/networks", networkBody(slug, List.of())).with(bearer(tokenFor(ADMIN))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slug").value(slug));
    }

    @Test
    void duplicateSlugIsConflictProblem() throws Exception {
        String slug = unique("net");
        mvc.perform(postJson("/api/v1/networks", networkBody(slug, List.of())).with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isCreated());

        mvc.perform(postJson("/api/v1/networks", networkBody(slug, List.of())).with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.title").isNotEmpty());
    }

    @Test
    void slugOfExistingDemoNetworkOrFederationIsConflict() throws Exception {
        for (String taken : List.of("metall-kl", "rlp")) {
            mvc.perform(postJson("/api/v1/networks", networkBody(taken, List.of()))
                            .with(bearer(ADMIN_TOKEN)))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void anonymousCreateIsUnauthorizedProblem() throws Exception {
        String slug = unique("net");

        mvc.perform(postJson("/api/v1/networks", networkBody(slug, List.of())))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401));

        mvc.perform(get("/api/v1/networks/" + slug)).andExpect(status().isNotFound());
    }

    @Test
    void memberAndNetworkManagerMayNotCreateNetworks() throws Exception {
        for (String email : List.of(MEMBER, office("metall-kl"))) {
            String slug = unique("net");

            mvc.perform(postJson("/api/v1/networks", networkBody(slug, List.of()))
                            .with(bearer(tokenFor(email))))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403));

            mvc.perform(get("/api/v1/networks/" + slug)).andExpect(status().isNotFound());
        }
    }

    @Test
    void invalidSlugAndMissingNameAreValidationErrorsWithFieldPaths() throws Exception {
        Map<String, Object> body = networkBody("Not A Slug!", List.of());
        body.remove("name");

        MvcResult result = mvc.perform(postJson("/api/v1/networks", body).with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andReturn();

        JsonNode errors = body(result).path("errors");
        assertThat(errorFields(errors)).contains("slug", "name");
        assertThat(errors.values())
                .allSatisfy(
                        error -> assertThat(error.path("message").asString()).isNotBlank());
    }

    @Test
    void nameWithoutAnyLanguageIsValidationErrorUnderName() throws Exception {
        String slug = unique("net");
        Map<String, Object> body = networkBody(slug, List.of());
        body.put("name", Map.of("de", " ", "en", ""));

        MvcResult result = mvc.perform(postJson("/api/v1/networks", body).with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn();

        assertThat(errorFields(body(result).path("errors")))
                .isNotEmpty()
                .allSatisfy(field -> assertThat(field).startsWith("name"));
        mvc.perform(get("/api/v1/networks/" + slug)).andExpect(status().isNotFound());
    }

    @Test
    void invalidFederationSlugIsReportedWithItsIndex() throws Exception {
        String slug = unique("net");

        MvcResult result = mvc.perform(postJson("/api/v1/networks", networkBody(slug, List.of("rlp", "Bad Slug")))
                        .with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isBadRequest())
                .andReturn();

        assertThat(errorFields(body(result).path("errors")))
                .anySatisfy(field -> assertThat(field).startsWith("federations[1]"));
    }

    @Test
    void validationMessagesFollowAcceptLanguage() throws Exception {
        Map<String, Object> body = networkBody("Not A Slug!", List.of());

        String german = validationMessageForSlug(body, "de");
        String english = validationMessageForSlug(body, "en");

        assertThat(german).isNotBlank();
        assertThat(english).isNotBlank();
        assertThat(german).isNotEqualTo(english);
    }

    private String validationMessageForSlug(Map<String, Object> body, String language) throws Exception {
        MvcResult result = mvc.perform(postJson("/api/v1/networks", body)
                        .with(bearer(ADMIN_TOKEN))
                        .header("Accept-Language", language))
                .andExpect(status().isBadRequest())
                .andReturn();
        return body(result).path("errors").values().stream()
                .filter(error -> error.path("field").asString().equals("slug"))
                .map(error -> error.path("message").asString())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void listShowsDemoNetworksWithMemberCounts() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/networks"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();

        JsonNode networks = body(result);
        assertThat(networks.isArray()).isTrue();
        Map<String, JsonNode> bySlug = new LinkedHashMap<>();
        networks.values().forEach(network -> bySlug.put(network.path("slug").asString(), network));
        assertThat(bySlug).containsKeys(DEMO_NETWORKS.toArray(String[]::new));
        for (String slug : DEMO_NETWORKS) {
            JsonNode network = bySlug.get(slug);
            assertThat(network.path("memberCount").asLong())
                    .as("memberCount of %s", slug)
                    .isPositive();
            assertThat(network.path("name").path("de").asString())
                    .as("name.de of %s", slug)
                    .isNotBlank();
            assertThat(network.has("region")).as("region of %s", slug).isTrue();
        }
        assertThat(bySlug.get("metall-kl").path("region").asString()).isEqualTo("Kaiserslautern");
    }

    @Test
    void memberCountCountsTheNetworksOrganizations() throws Exception {
        String slug = unique("net");
        mvc.perform(postJson("/api/v1/networks", networkBody(slug, List.of())).with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isCreated());

        importLines(
                ADMIN_TOKEN,
                List.of(
                        toJson(organization(unique("count"), "Zählwerk A " + slug, slug)),
                        toJson(organization(unique("count"), "Zählwerk B " + slug, slug))));

        mvc.perform(get("/api/v1/networks/" + slug))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberCount").value(2));
    }

    @Test
    void unknownFederationIsCreatedAndListed() throws Exception {
        String slug = unique("net");
        String federation = unique("fed");

        mvc.perform(postJson("/api/v1/networks", networkBody(slug, List.of(federation)))
                        .with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.federations[0]").value(federation));

        MvcResult result = mvc.perform(get("/api/v1/federations"))
                .andExpect(status().isOk())
                .andReturn();
        JsonNode listed = body(result).values().stream()
                .filter(f -> f.path("slug").asString().equals(federation))
                .findFirst()
                .orElseThrow(() -> new AssertionError("federation " + federation + " not listed"));
        assertThat(listed.path("networks").values())
                .extracting(JsonNode::asString)
                .containsExactly(slug);

        mvc.perform(get("/api/v1/federations/" + federation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.networks[0]").value(slug));
    }

    @Test
    void demoFederationsAreListedWithTheirNetworks() throws Exception {
        mvc.perform(get("/api/v1/federations/rlp"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.networks").value(hasItems("it-westpfalz", "metall-kl", "lautern-impuls")));
        mvc.perform(get("/api/v1/federations/it-buendnis-suedwest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.networks").value(hasItems("it-westpfalz", "it-rhein-neckar")));
    }

    @Test
    void unknownNetworkIsNotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/networks/" + unique("missing")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }
}
