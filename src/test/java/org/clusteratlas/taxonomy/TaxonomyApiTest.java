package org.clusteratlas.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

class TaxonomyApiTest extends AtlasIntegrationTest {

    @Test
    void bundledSchemeHasAtLeast300ConceptsWithGermanAndEnglishLabels() throws Exception {
        JsonNode concepts = body(getAs("/api/v1/taxonomy/concepts", null));

        assertThat(concepts.size()).isGreaterThanOrEqualTo(300);
        int withBroader = 0;
        for (JsonNode concept : concepts) {
            withBroader += concept.get("broader").isEmpty() ? 0 : 1;
            assertThat(concept.get("prefLabel").get("de").asString())
                    .as(concept.get("uri").asString())
                    .isNotBlank();
            assertThat(concept.get("prefLabel").get("en").asString())
                    .as(concept.get("uri").asString())
                    .isNotBlank();
        }
        // Every concept but the five top concepts hangs below a broader one.
        assertThat(withBroader).isEqualTo(concepts.size() - 5);
    }

    @Test
    void typingLaserSuggestsLaserConceptsWithBothLanguages() throws Exception {
        JsonNode suggestions = body(getAs("/api/v1/taxonomy/concepts?q=Laser&lang=de", null));

        assertThat(suggestions.size()).isGreaterThan(0);
        JsonNode first = suggestions.get(0);
        assertThat(first.get("prefLabel").get("de").asString()).containsIgnoringCase("laser");
        assertThat(first.get("prefLabel").get("en").asString()).containsIgnoringCase("laser");
        assertThat(texts(suggestions, "de")).anyMatch(label -> label.equalsIgnoreCase("Laserschneiden"));
    }

    @Test
    void englishWordsFindTheGermanConcept() throws Exception {
        JsonNode suggestions = body(mvc.perform(get("/api/v1/taxonomy/concepts")
                        .param("q", "powder coat")
                        .param("lang", "en"))
                .andReturn());

        assertThat(texts(suggestions, "de")).contains("Pulverbeschichtung");
    }

    @Test
    void oneLetterSuggestsNothing() throws Exception {
        assertThat(body(getAs("/api/v1/taxonomy/concepts?q=L", null)).size()).isZero();
    }

    @Test
    void turtleAndJsonLdExportsReimportWithoutLoss() throws Exception {
        byte[] turtle = export("turtle");
        Model before = Rio.parse(new ByteArrayInputStream(turtle), "", RDFFormat.TURTLE);
        assertThat(before.size()).isGreaterThan(1000);

        JsonNode turtleImport = importSkos(turtle, "text/turtle", 200);
        assertThat(turtleImport.get("created").asInt()).isZero();
        assertThat(turtleImport.get("deleted").asInt()).isZero();
        Model afterTurtle = Rio.parse(new ByteArrayInputStream(export("turtle")), "", RDFFormat.TURTLE);
        assertThat(Models.isomorphic(before, afterTurtle)).isTrue();

        importSkos(export("jsonld"), "application/ld+json", 200);
        Model afterJsonLd = Rio.parse(new ByteArrayInputStream(export("turtle")), "", RDFFormat.TURTLE);
        assertThat(Models.isomorphic(before, afterJsonLd)).isTrue();
    }

    @Test
    void malformedSkosIsRefusedWithAProblemAndChangesNothing() throws Exception {
        long concepts = count();

        JsonNode problem = importSkos(
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . <a> skos:prefLabel ."
                        .getBytes(StandardCharsets.UTF_8),
                "text/turtle",
                400);

        assertThat(problem.get("errors").size()).isGreaterThan(0);
        assertThat(count()).isEqualTo(concepts);
    }

    @Test
    void aLabelThatBelongsToAnotherConceptIsRefused() throws Exception {
        long concepts = count();
        String clash = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/x> a skos:Concept ;
                  skos:prefLabel "Neuer Begriff Eins"@de , "New concept one"@en ;
                  skos:altLabel "Laserschneiden"@de .
                """;

        JsonNode problem = importSkos(clash.getBytes(StandardCharsets.UTF_8), "text/turtle", 400, false);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("https://example.org/x");
        assertThat(count()).isEqualTo(concepts);
    }

    @Test
    void aConceptWithoutAnEnglishLabelIsRefused() throws Exception {
        String german = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/only-german> a skos:Concept ; skos:prefLabel "Nur Deutsch Begriff"@de .
                """;

        importSkos(german.getBytes(StandardCharsets.UTF_8), "text/turtle", 400, false);

        assertThat(jdbc.queryForObject(
                        "select count(*) from taxonomy_concept where uri = 'https://example.org/only-german'",
                        Integer.class))
                .isZero();
    }

    @Test
    void onlyPlatformAdminsImport() throws Exception {
        byte[] turtle = export("turtle");
        assertThat(mvc.perform(post("/api/v1/taxonomy/import")
                                .contentType("text/turtle")
                                .content(turtle))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/taxonomy/import")
                                .contentType("text/turtle")
                                .content(turtle)
                                .with(bearer(tokenFor(office("metall-kl")))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void typedCompetencesAreMappedToConceptsAndUnknownOnesListedForAdmins() throws Exception {
        String externalId = unique("tax");
        String unknown = "Zauberhafte Spezialfertigkeit " + externalId;
        importLines(
                ADMIN_TOKEN,
                List.of("{\"externalId\":\"" + externalId + "\",\"networks\":[\"metall-kl\"],\"name\":\"Tax "
                        + externalId + "\",\"kind\":\"COMPANY\",\"competences\":[\"laser-schneiden\",\"" + unknown
                        + "\"]}"));

        JsonNode organization = body(getAs("/api/v1/organizations/" + organizationId(externalId), null));
        List<String> concepts = new ArrayList<>();
        organization
                .get("competenceConcepts")
                .forEach(c -> concepts.add(c.get("label").get("de").asString()));
        assertThat(concepts).contains("Laserschneiden");

        JsonNode unmapped = body(getAs("/api/v1/taxonomy/unmapped", ADMIN_TOKEN));
        List<String> terms = new ArrayList<>();
        unmapped.forEach(t -> terms.add(t.get("term").asString()));
        assertThat(terms).contains(unknown);
        assertThat(getAs("/api/v1/taxonomy/unmapped", null).getResponse().getStatus())
                .isEqualTo(401);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from taxonomy_concept", Long.class);
    }

    private byte[] export(String format) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/taxonomy/export").param("format", format))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    private JsonNode importSkos(byte[] content, String mediaType, int expectedStatus) throws Exception {
        return importSkos(content, mediaType, expectedStatus, true);
    }

    private JsonNode importSkos(byte[] content, String mediaType, int expectedStatus, boolean replace)
            throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/taxonomy/import")
                        .param("replace", String.valueOf(replace))
                        .contentType(mediaType)
                        .content(content)
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expectedStatus);
        return body(result);
    }

    private static List<String> texts(JsonNode suggestions, String language) {
        List<String> labels = new ArrayList<>();
        suggestions.forEach(s -> labels.add(s.get("prefLabel").get(language).asString()));
        return labels;
    }
}
