package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Highlights made from the hits' stored texts ({@link Highlights}): what matched is marked — the word as typed, a
 * German compound by its parts, a misspelt word by the word it was taken for — one value of a list at a time, and
 * escaped.
 */
class HighlightsTest extends AtlasIntegrationTest {

    @Autowired
    Highlights highlights;

    @Autowired
    TextQuery textQuery;

    private List<String> highlightsOf(String query, String externalId) throws Exception {
        MvcResult result = getEncoded("/api/v1/search/organizations?q=" + SearchApiTest.q(query), null);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = body(result);
        for (JsonNode hit : body.get("hits").values()) {
            if (hit.get("externalId").asString().equals(externalId)) {
                return hit.get("highlights").values().stream()
                        .map(JsonNode::asString)
                        .toList();
            }
        }
        throw new AssertionError(externalId + " not found for " + query + ": "
                + result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theEmbeddedIndexIsHighlightedHere() {
        assertThat(highlights.local()).isTrue();
    }

    @Test
    void aMisspeltWordMarksTheWordItWasTakenFor() throws Exception {
        assertThat(highlightsOf("Schnittstelen", "demo-it-001"))
                .anySatisfy(h -> assertThat(h).contains("<mark>Schnittstellen</mark>"));
    }

    @Test
    void aCompoundAndAPartOfOneAreMarkedAsWholeWords() throws Exception {
        assertThat(highlightsOf("Blechbearbeitung", "demo-it-001"))
                .anySatisfy(h -> assertThat(h).contains("<mark>Blechbearbeitung</mark>"));
    }

    @Test
    void eachValueOfAListIsItsOwnPassage() {
        var marker = highlights.marker(textQuery.parse("Java"), false, List.of("competences"));
        List<String> passages =
                marker.passages("competences", List.of("Java-Entwicklung", "ERP-Einführung", "Java & <Kotlin>"), 5);
        // "Java" names the concept Java development, whose label "Java-Entwicklung" is marked as a whole.
        assertThat(passages).hasSize(2).noneSatisfy(p -> assertThat(p).contains("ERP"));
        assertThat(passages.get(0)).startsWith("<mark>Java</mark>-");
        assertThat(passages.get(1)).isEqualTo("<mark>Java</mark> &amp; &lt;Kotlin&gt;");
    }

    @Test
    void nothingMatchedIsNoPassage() {
        var marker = highlights.marker(textQuery.parse("Pulverbeschichtung"), false, List.of("competences"));
        assertThat(marker.passages("competences", List.of("Java-Entwicklung"), 2))
                .isEmpty();
        assertThat(marker.passages("description_de", List.of("Pulverbeschichtung"), 2))
                .as("a field the marker was not made for")
                .isEmpty();
    }
}
