package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The contract's organization search: text, place, facets, highlights, paging and bad input. */
class SearchApiTest extends AtlasIntegrationTest {

    private JsonNode search(String query, String token) throws Exception {
        MvcResult result = getEncoded("/api/v1/search/organizations?" + query, token);
        assertThat(result.getResponse().getStatus())
                .as("status of %s: %s", query, result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return body(result);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void powderCoatingNearKaiserslauternListsTheCoatersNearestFirstInGermanAndEnglish() throws Exception {
        JsonNode german = search("q=Pulverbeschichtung&near=67655&radiusKm=30", null);
        List<String> ids = hitExternalIds(german);
        assertThat(ids).containsExactly("demo-mc-021", "demo-mc-022", "demo-mc-010");
        List<Double> distances = german.get("hits").values().stream()
                .map(hit -> hit.get("distanceKm").asDouble())
                .toList();
        assertThat(distances).isSorted().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(30.0));

        assertThat(hitExternalIds(search("q=" + q("powder coating") + "&near=67655&radiusKm=30", null)))
                .containsExactlyElementsOf(ids);
        // Mannheim is beyond 30 km but within the default 50 km... or not: only what the radius allows.
        assertThat(hitExternalIds(search("q=Pulverbeschichtung&near=67655&radiusKm=100", null)))
                .contains("demo-mc-023");
    }

    @Test
    void hitsCarryTheContractFieldsAndFacets() throws Exception {
        JsonNode results = search("q=Pulverbeschichtung&near=Kaiserslautern&radiusKm=30", null);
        assertThat(results.get("total").asLong()).isEqualTo(3);
        assertThat(results.get("page").asInt()).isZero();
        assertThat(results.get("size").asInt()).isEqualTo(20);
        JsonNode first = results.get("hits").get(0);
        for (String field : List.of("id", "externalId", "name", "city", "postalCode", "distanceKm", "score")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("highlights").values())
                .anySatisfy(h -> assertThat(h.asString()).contains("<mark>"));
        assertThat(results.get("facets").get("kind").get("COMPANY").asLong()).isEqualTo(3);
        assertThat(results.get("facets").get("network").get("metall-kl").asLong())
                .isEqualTo(3);
        assertThat(search("q=Pulverbeschichtung", null).get("hits").get(0).has("distanceKm"))
                .isFalse();
    }

    @Test
    void badInputIsAProblemOrAnEmptyResultNeverAnError() throws Exception {
        assertThat(getEncoded("/api/v1/search/organizations", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(getEncoded("/api/v1/search/organizations?q=" + "x".repeat(2000), null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(getEncoded("/api/v1/search/organizations?near=00000", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(getEncoded("/api/v1/search/organizations?near=67655&radiusKm=-5", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(getEncoded("/api/v1/search/organizations?near=Atlantis", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        for (String syntax : List.of("\"(*:~^", "\"", "*", "a:b", "(((", "~~", "^2", "\\", "AND OR NOT")) {
            assertThat(getEncoded("/api/v1/search/organizations?q=" + q(syntax), null)
                            .getResponse()
                            .getStatus())
                    .as(syntax)
                    .isEqualTo(200);
        }
        JsonNode beyond = search("q=Pulverbeschichtung&page=999999", null);
        assertThat(beyond.get("hits").values()).isEmpty();
        assertThat(beyond.get("total").asLong()).isPositive();
        JsonNode problem = body(getEncoded("/api/v1/search/organizations?near=00000", null));
        assertThat(errorFields(problem.get("errors"))).containsExactly("near");
    }

    @Test
    void typosCompoundsAndInflectionsFindTheSameCompanies() throws Exception {
        for (String query :
                List.of("Pulverbeschichtnug", "pulverbeschichten", "Beschichtung mit Pulver", "Pulver Beschichtung")) {
            assertThat(hitExternalIds(search("q=" + q(query) + "&near=67655&radiusKm=30", null)))
                    .as(query)
                    .contains("demo-mc-021", "demo-mc-010");
        }
        assertThat(hitExternalIds(search("q=" + q("Bearbeitung von Blech"), null)))
                .contains("demo-mc-008");
        assertThat(hitExternalIds(search("q=Blechbearbeitung", null))).contains("demo-mc-008");
        assertThat(hitExternalIds(search("q=" + q("laser cutting"), null))).contains("demo-mc-008");
    }

    @Test
    void filtersNarrowAndUnknownNetworkMatchesNothing() throws Exception {
        assertThat(search("q=Pulverbeschichtung&kind=UNIVERSITY", null)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(search("q=Pulverbeschichtung&network=no-such-network", null)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(search("q=Pulverbeschichtung&network=metall-kl&kind=COMPANY", null)
                        .get("total")
                        .asLong())
                .isGreaterThanOrEqualTo(3);
        assertThat(getEncoded("/api/v1/search/organizations?q=x&kind=SPACESHIP", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void aChosenFacetStillCountsItsAlternativesWhileTheOthersFollowTheChoice() throws Exception {
        JsonNode all = search("q=Software", null);
        long westpfalz = all.get("facets").get("network").get("it-westpfalz").asLong();
        long rheinNeckar =
                all.get("facets").get("network").get("it-rhein-neckar").asLong();
        assertThat(westpfalz).isPositive();
        assertThat(rheinNeckar).isPositive();

        JsonNode chosen = search("q=Software&network=it-westpfalz", null);
        assertThat(chosen.get("total").asLong()).isEqualTo(westpfalz);
        // The network facet ignores its own choice, so the other network can be added ...
        assertThat(chosen.get("facets").get("network").get("it-rhein-neckar").asLong())
                .isEqualTo(rheinNeckar);
        // ... while the other facets count only what the choice leaves.
        long companies = chosen.get("facets").get("kind").get("COMPANY").asLong();
        assertThat(companies).isLessThanOrEqualTo(westpfalz);
        JsonNode both = search("q=Software&network=it-westpfalz&network=it-rhein-neckar", null);
        assertThat(both.get("total").asLong()).isGreaterThan(westpfalz);
    }

    @Test
    void writesAreSearchableRightAfterTheResponse() throws Exception {
        String externalId = unique("search-fresh");
        Map<String, Object> organization = organization(externalId, "Quantenschmiede Zweibrücken", "metall-kl");
        organization.put("competences", List.of("Quantenpunktlaser"));
        importLines(ADMIN_TOKEN, List.of(toJson(organization)));
        assertThat(hitExternalIds(search("q=Quantenschmiede", null))).containsExactly(externalId);
    }
}
