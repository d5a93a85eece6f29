package org.clusteratlas.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.identity.NetworkRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The federation's competence atlas searches the profiles its networks share there, and nothing else: not the
 * networks that withhold them, not the profiles their organizations keep out, not networks outside the federation.
 * Nothing is copied, so sharing, withholding, leaving and editing show in the very next search.
 *
 * <p>Each test builds its own federation of fresh networks; the organizations carry a word made of random letters,
 * so no other test's data can turn up in these searches.
 */
class FederationSearchTest extends AtlasPageTest {

    private String federation;
    private String networkA;
    private String networkB;
    private String networkC;
    private String outside;
    private String word;

    @BeforeEach
    void federationOfThreeNetworks() throws Exception {
        federation = unique("atlas");
        networkA = unique("fed-a");
        networkB = unique("fed-b");
        networkC = unique("fed-c");
        outside = unique("fed-x");
        word = randomWord();
        for (String network : List.of(networkA, networkB, networkC)) {
            createNetwork(network, List.of(federation));
        }
        createNetwork(outside, List.of());
    }

    @Test
    void federationSearchFindsSharedProfilesOfTwoNetworksAndNeverUnsharedOnes() throws Exception {
        String sharedA = imported(networkA, "PUBLIC", true);
        String keptOutA = imported(networkA, "PUBLIC", false);
        String sharedB = imported(networkB, "PUBLIC", true);
        String withheldC = imported(networkC, "PUBLIC", true);
        String notInFederation = imported(outside, "PUBLIC", true);
        share(networkC, false);

        JsonNode atlas = search(null);

        assertThat(hitExternalIds(atlas)).containsExactlyInAnyOrder(sharedA, sharedB);
        assertThat(atlas.get("total").asLong()).isEqualTo(2);
        assertThat(atlas.get("facets").get("network").propertyNames()).containsExactlyInAnyOrder(networkA, networkB);
        // Each hit says which network it belongs to.
        for (JsonNode hit : atlas.get("hits").values()) {
            String expected = hit.get("externalId").asString().equals(sharedA) ? networkA : networkB;
            assertThat(hit.get("networks").values().stream().map(JsonNode::asString))
                    .containsExactly(expected);
        }
        // Outside the federation's search every one of them is found as usual.
        assertThat(hitExternalIds(okJson("/api/v1/search/organizations?q=" + word, null)))
                .contains(sharedA, keptOutA, sharedB, withheldC, notInFederation);
        // The same for a signed-in member of a federated network: the atlas is no wider for them.
        assertThat(hitExternalIds(search(tokenFor(member(networkA))))).containsExactlyInAnyOrder(sharedA, sharedB);
    }

    @Test
    void sharingWithholdingLeavingAndEditingShowInTheNextSearchBecauseNothingIsCopied() throws Exception {
        String sharedA = imported(networkA, "PUBLIC", true);
        String sharedB = imported(networkB, "PUBLIC", true);
        String sharedC = imported(networkC, "PUBLIC", true);
        share(networkC, false);
        assertThat(hitExternalIds(search(null))).containsExactlyInAnyOrder(sharedA, sharedB);

        share(networkC, true);
        assertThat(hitExternalIds(search(null))).containsExactlyInAnyOrder(sharedA, sharedB, sharedC);

        // The office of B leaves the federation on its page.
        mvc.perform(post("/n/" + networkB + "/federations/" + federation + "/leave")
                        .with(signedIn(officeOf(networkB)))
                        .with(csrf()))
                .andReturn();
        assertThat(hitExternalIds(search(null))).containsExactlyInAnyOrder(sharedA, sharedC);

        // An edit in the network is what the federation shows.
        UUID id = organizationId(sharedA);
        Map<String, Object> renamed = organization(sharedA, "Umbenannt " + word, networkA);
        flensburg(renamed);
        MvcResult updated = mvc.perform(put("/api/v1/organizations/" + id)
                        .with(bearer(ADMIN_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(renamed)))
                .andReturn();
        assertThat(updated.getResponse().getStatus()).isEqualTo(200);
        JsonNode afterEdit = search(null);
        assertThat(afterEdit.get("hits").values().stream()
                        .map(hit -> hit.get("name").asString()))
                .contains("Umbenannt " + word);

        // An organization keeps its profile out of federations on its own: it stays in its network's search.
        renamed.put("sharedInFederations", false);
        mvc.perform(put("/api/v1/organizations/" + id)
                .with(bearer(ADMIN_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(toJson(renamed)));
        assertThat(hitExternalIds(search(null))).containsExactly(sharedC);
        assertThat(okJson("/api/v1/organizations/" + id, null)
                        .get("sharedInFederations")
                        .asBoolean())
                .isFalse();
        assertThat(hitExternalIds(okJson("/api/v1/search/organizations?network=" + networkA + "&q=" + word, null)))
                .containsExactly(sharedA);
    }

    @Test
    void membersOnlyProfilesReachFederatedMembersOnlyWhenSharedAndTheNetworksShare() throws Exception {
        String shared = imported(networkB, "MEMBERS", true);
        String keptOut = imported(networkB, "MEMBERS", false);
        String memberOfA = tokenFor(member(networkA));
        String memberOfB = tokenFor(member(networkB));

        assertThat(hitExternalIds(okJson("/api/v1/search/organizations?q=" + word, memberOfA)))
                .containsExactly(shared);
        assertThat(getAs("/api/v1/organizations/" + organizationId(keptOut), memberOfA)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(hitExternalIds(okJson("/api/v1/search/organizations?q=" + word, memberOfB)))
                .containsExactlyInAnyOrder(shared, keptOut);
        assertThat(hitExternalIds(search(null))).isEmpty();

        // Sharing is mutual: once A withholds its profiles, its members no longer see B's members-only ones.
        share(networkA, false);
        assertThat(hitExternalIds(okJson("/api/v1/search/organizations?q=" + word, tokenFor(member(networkA)))))
                .isEmpty();
        assertThat(getAs("/api/v1/organizations/" + organizationId(shared), tokenFor(member(networkA)))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theAtlasPageNamesEachHitsNetworkAndTheFederationPageLinksItsNetworks() throws Exception {
        String sharedA = imported(networkA, "PUBLIC", true);
        imported(networkB, "PUBLIC", true);
        share(networkC, false);

        Document page = Jsoup.parse(html(mvc.perform(get("/search")
                        .param("federation", federation)
                        .param("q", word)
                        .locale(Locale.GERMAN))
                .andReturn()));
        assertThat(page.select("#search-hits .search-hit")).hasSize(2);
        assertThat(page.select(".search-hit-networks a").eachAttr("href"))
                .containsExactlyInAnyOrder("/n/" + networkA, "/n/" + networkB);
        assertThat(page.select("input[name=federation]").attr("value")).isEqualTo(federation);
        assertThat(page.getElementById("search-federation").text()).contains("2 Netzwerken");
        assertThat(page.text()).contains("Name " + sharedA);

        Document federationPage =
                Jsoup.parse(html(mvc.perform(get("/n/" + federation)).andReturn()));
        assertThat(federationPage
                        .select("#federation-search input[name=federation]")
                        .attr("value"))
                .isEqualTo(federation);
        assertThat(federationPage.select(".list-group a").eachAttr("href"))
                .containsExactlyInAnyOrder("/n/" + networkA, "/n/" + networkB, "/n/" + networkC);
        assertThat(federationPage.text()).contains("gibt keine Profile frei");

        Document networkPage =
                Jsoup.parse(html(mvc.perform(get("/n/" + networkA)).andReturn()));
        assertThat(networkPage.select("#network-federation-links a").eachAttr("href"))
                .containsExactly("/n/" + federation);
    }

    @Test
    void onlyTheNetworksOfficeChangesItsSharingAndAnUnknownFederationIsAFieldError() throws Exception {
        String body = "{\"sharesProfiles\": false}";
        assertThat(mvc.perform(put("/api/v1/federations/" + federation + "/networks/" + networkA)
                                .with(bearer(tokenFor(office("it-westpfalz"))))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(put("/api/v1/federations/" + federation + "/networks/" + outside)
                                .with(bearer(ADMIN_TOKEN))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a network outside the federation has nothing to share there")
                .isEqualTo(404);
        MvcResult missing = mvc.perform(put("/api/v1/federations/" + federation + "/networks/" + networkA)
                        .with(bearer(ADMIN_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);

        MvcResult unknown = getAs("/api/v1/search/organizations?federation=gibt-es-nicht&q=" + word, null);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(unknown).get("errors"))).containsExactly("federation");

        MvcResult left = mvc.perform(delete("/api/v1/federations/" + federation + "/networks/" + networkA)
                        .with(bearer(tokenFor(officeOf(networkA)))))
                .andReturn();
        assertThat(left.getResponse().getStatus()).isEqualTo(204);
        assertThat(okJson("/api/v1/federations/" + federation, null).get("networks").values().stream()
                        .map(JsonNode::asString))
                .containsExactlyInAnyOrder(networkB, networkC);
    }

    @Test
    void aBrandedNetworkServesItsColorsAndItsPagesLinkThem() throws Exception {
        MvcResult invalid = mvc.perform(put("/api/v1/networks/" + networkA)
                        .with(bearer(ADMIN_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\":\"" + networkA + "\",\"name\":{\"de\":\"A\"},\"primaryColor\":\"red;}\"}"))
                .andReturn();
        assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(invalid).get("errors"))).containsExactly("primaryColor");

        mvc.perform(put("/api/v1/networks/" + networkA)
                .with(bearer(ADMIN_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"slug\":\"" + networkA + "\",\"name\":{\"de\":\"A\"},\"federations\":[\"" + federation
                        + "\"],\"primaryColor\":\"#1D4E89\",\"accentColor\":\"#f2a900\"}"));

        MvcResult css = mvc.perform(get("/n/" + networkA + "/theme.css")).andReturn();
        assertThat(css.getResponse().getContentType()).startsWith("text/css");
        assertThat(css.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("--bs-primary: #1d4e89;", "--bs-primary-rgb: 29, 78, 137;", "--bs-secondary: #f2a900;");
        Document networkPage =
                Jsoup.parse(html(mvc.perform(get("/n/" + networkA)).andReturn()));
        assertThat(networkPage.select("link[rel=stylesheet]").eachAttr("href"))
                .contains("/n/" + networkA + "/theme.css");
        Document unbranded = Jsoup.parse(html(mvc.perform(get("/n/" + networkB)).andReturn()));
        assertThat(unbranded.select("link[rel=stylesheet]").eachAttr("href"))
                .noneMatch(href -> href.endsWith("theme.css"));
        // An API client that does not know the colors keeps them.
        mvc.perform(put("/api/v1/networks/" + networkA)
                .with(bearer(ADMIN_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"slug\":\"" + networkA + "\",\"name\":{\"de\":\"A\"},\"federations\":[\"" + federation
                        + "\"]}"));
        assertThat(okJson("/api/v1/networks/" + networkA, null)
                        .get("primaryColor")
                        .asString())
                .isEqualTo("#1d4e89");
    }

    private void createNetwork(String slug, List<String> federations) throws Exception {
        MvcResult created = mvc.perform(postJson(
                                "/api/v1/networks",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        Map.of("de", "Netz " + slug, "en", "Network " + slug),
                                        "region",
                                        "Flensburg",
                                        "federations",
                                        federations))
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        UUID office =
                accounts.ensureVerifiedAccount("office." + slug + "@fed.example", "Büro " + slug, DEMO_PASSWORD, false);
        accounts.assignNetworkRole(office, networkId(slug), NetworkRole.MANAGER);
        UUID member = accounts.ensureVerifiedAccount(member(slug), "Mitglied " + slug, DEMO_PASSWORD, false);
        accounts.assignNetworkRole(member, networkId(slug), NetworkRole.MEMBER);
    }

    private static String member(String network) {
        return "member." + network + "@fed.example";
    }

    private static String officeOf(String network) {
        return "office." + network + "@fed.example";
    }

    private UUID networkId(String slug) {
        return jdbc.queryForObject("select id from network where slug = ?", UUID.class, slug);
    }

    private String imported(String network, String visibility, boolean shared) throws Exception {
        String externalId = unique("fed-org");
        Map<String, Object> organization = organization(externalId, "Name " + externalId + " " + word, network);
        flensburg(organization);
        organization.put("visibility", visibility);
        organization.put("competences", List.of("Glasbläserei " + word));
        organization.put("sharedInFederations", shared);
        JsonNode result = importLines(ADMIN_TOKEN, List.of(toJson(organization)));
        assertThat(result.get("failed").values()).isEmpty();
        return externalId;
    }

    private static void flensburg(Map<String, Object> organization) {
        organization.put(
                "address", Map.of("street", "Holm 1", "postalCode", "24937", "city", "Flensburg", "country", "DE"));
    }

    private void share(String network, boolean shares) throws Exception {
        MvcResult result = mvc.perform(put("/api/v1/federations/" + federation + "/networks/" + network)
                        .with(bearer(ADMIN_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sharesProfiles\": " + shares + "}"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
    }

    private JsonNode search(String token) throws Exception {
        return okJson("/api/v1/search/organizations?federation=" + federation + "&q=" + word, token);
    }

    /** Eight random lowercase letters: a word no other test data contains. */
    private static String randomWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("quor");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
