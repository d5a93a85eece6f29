package org.clusteratlas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The company-profile fields beyond contract v1 through the API: they round-trip through PUT and GET, are validated
 * with field paths as written in the request, and contract v1 clients that do not know them are not disturbed.
 */
class ProfileFieldsApiTest extends AtlasIntegrationTest {

    private static final String NETWORK = "metall-kl";

    private UUID importOrganization(Map<String, Object> organization) throws Exception {
        JsonNode result = importLines(ADMIN_TOKEN, List.of(toJson(organization)));
        assertThat(result.path("created").asInt()).as("import %s", result).isEqualTo(1);
        return organizationId((String) organization.get("externalId"));
    }

    private MvcResult putAs(String token, UUID id, Map<String, Object> organization) throws Exception {
        return mvc.perform(put("/api/v1/organizations/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(organization))
                        .with(bearer(token)))
                .andReturn();
    }

    private JsonNode get(UUID id, String tokenOrNull) throws Exception {
        MvcResult result = getAs("/api/v1/organizations/" + id, tokenOrNull);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return body(result);
    }

    private static List<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }

    private Map<String, Object> fullProfile(String externalId) {
        Map<String, Object> organization = organization(externalId, "Profilwerk " + externalId, NETWORK);
        organization.put("industries", List.of("28", "25"));
        organization.put("certifications", List.of("ISO 9001", "Eigenes Gütesiegel"));
        organization.put(
                "machinery",
                List.of(Map.of("kind", "5-Achs-Bearbeitungszentrum", "details", "Verfahrwege 800 × 600 × 500 mm")));
        organization.put("employees", 45);
        organization.put("foundingYear", 1987);
        organization.put(
                "sites",
                List.of(Map.of(
                        "name",
                        "Werk Heidelberg",
                        "address",
                        Map.of("street", "Hauptstraße 1", "postalCode", "69117", "city", "Heidelberg"))));
        organization.put("languages", List.of("en", "de"));
        organization.put(
                "references",
                List.of(Map.of(
                        "title", "Getriebegehäuse", "description", "Serie", "customer", "Kunde AG", "year", 2023)));
        organization.put("valueChainRoles", List.of("SUPPLIER", "MANUFACTURER"));
        Map<String, Object> fulfilled = new LinkedHashMap<>();
        fulfilled.put("title", "Pulverbeschichtung");
        fulfilled.put("neededBy", "2026-09-30");
        fulfilled.put("status", "FULFILLED");
        organization.put("needs", List.of(fulfilled, Map.of("title", "Härterei")));
        return organization;
    }

    // --- round trip ---

    @Test
    void profileFieldsRoundTripThroughPutAndGet() throws Exception {
        String externalId = unique("profil");
        UUID id = importOrganization(organization(externalId, "Profilwerk " + externalId, NETWORK));

        MvcResult put = putAs(tokenFor(office(NETWORK)), id, fullProfile(externalId));
        assertThat(put.getResponse().getStatus())
                .as("PUT, body %s", put.getResponse().getContentAsString())
                .isEqualTo(200);

        JsonNode stored = get(id, null);
        assertThat(strings(stored.path("industries"))).containsExactly("25", "28");
        assertThat(strings(stored.path("certifications"))).containsExactly("ISO 9001", "Eigenes Gütesiegel");
        assertThat(stored.path("machinery").get(0).path("kind").asString()).isEqualTo("5-Achs-Bearbeitungszentrum");
        assertThat(stored.path("machinery").get(0).path("details").asString())
                .isEqualTo("Verfahrwege 800 × 600 × 500 mm");
        assertThat(stored.path("employees").asInt()).isEqualTo(45);
        assertThat(stored.path("employeeBand").asString()).isEqualTo("SMALL_10_49");
        assertThat(stored.path("foundingYear").asInt()).isEqualTo(1987);
        JsonNode site = stored.path("sites").get(0);
        assertThat(site.path("name").asString()).isEqualTo("Werk Heidelberg");
        assertThat(site.path("address").path("postalCode").asString()).isEqualTo("69117");
        assertThat(site.path("address").path("city").asString()).isEqualTo("Heidelberg");
        assertThat(site.path("address").path("country").asString()).isEqualTo("DE");
        assertThat(site.path("address").path("location").path("lat").asDouble())
                .as("the site is located from its postal code")
                .isBetween(49.3, 49.5);
        assertThat(site.path("address").path("location").path("lon").asDouble()).isBetween(8.6, 8.8);
        assertThat(strings(stored.path("languages"))).containsExactly("de", "en");
        JsonNode reference = stored.path("references").get(0);
        assertThat(reference.path("title").asString()).isEqualTo("Getriebegehäuse");
        assertThat(reference.path("customer").asString()).isEqualTo("Kunde AG");
        assertThat(reference.path("year").asInt()).isEqualTo(2023);
        assertThat(strings(stored.path("valueChainRoles"))).containsExactlyInAnyOrder("MANUFACTURER", "SUPPLIER");
        JsonNode need = stored.path("needs").get(0);
        assertThat(need.path("title").asString()).isEqualTo("Pulverbeschichtung");
        assertThat(need.path("neededBy").asString()).isEqualTo("2026-09-30");
        assertThat(need.path("status").asString()).isEqualTo("FULFILLED");
        assertThat(stored.path("needs").get(1).path("status").asString())
                .as("a need without status is open")
                .isEqualTo("OPEN");
        assertThat(stored.path("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void siteWithAnUnknownPostalCodeIsKeptWithoutLocation() throws Exception {
        String externalId = unique("ort");
        UUID id = importOrganization(organization(externalId, "Ortwerk " + externalId, NETWORK));
        Map<String, Object> organization = organization(externalId, "Ortwerk " + externalId, NETWORK);
        organization.put("sites", List.of(Map.of("address", Map.of("postalCode", "00000", "city", "Nirgendwo"))));

        assertThat(putAs(ADMIN_TOKEN, id, organization).getResponse().getStatus())
                .isEqualTo(200);

        JsonNode site = get(id, null).path("sites").get(0);
        assertThat(site.path("address").path("postalCode").asString()).isEqualTo("00000");
        assertThat(site.path("address").path("location").isMissingNode()
                        || site.path("address").path("location").isNull())
                .isTrue();
    }

    @Test
    void employeeBandGivenWithoutEmployeesIsKept() throws Exception {
        String externalId = unique("band");
        Map<String, Object> organization = organization(externalId, "Bandwerk " + externalId, NETWORK);
        organization.put("employeeBand", "MEDIUM_50_249");
        UUID id = importOrganization(organization);

        JsonNode stored = get(id, null);

        assertThat(stored.path("employeeBand").asString()).isEqualTo("MEDIUM_50_249");
        assertThat(stored.path("employees").isNull() || stored.path("employees").isMissingNode())
                .isTrue();
    }

    @Test
    void offersAndNeedsGetTaxonomyConceptsFromTheirTitles() throws Exception {
        String externalId = unique("konzept");
        Map<String, Object> organization = organization(externalId, "Konzeptwerk " + externalId, NETWORK);
        organization.put("offers", List.of(Map.of("title", "Laserschneiden")));
        organization.put("needs", List.of(Map.of("title", "Laserschneiden")));
        UUID id = importOrganization(organization);

        JsonNode stored = get(id, null);

        List<String> offerConcepts = strings(stored.path("offers").get(0).path("concepts"));
        assertThat(offerConcepts).isNotEmpty();
        assertThat(offerConcepts).allSatisfy(uri -> assertThat(uri).startsWith("http"));
        assertThat(strings(stored.path("needs").get(0).path("concepts"))).isEqualTo(offerConcepts);
    }

    @Test
    void offerConceptsGivenByTheCallerAreKept() throws Exception {
        String externalId = unique("eigen");
        Map<String, Object> organization = organization(externalId, "Eigenwerk " + externalId, NETWORK);
        organization.put(
                "offers",
                List.of(Map.of("title", "Laserschneiden", "concepts", List.of("https://example.org/eigenes-konzept"))));
        UUID id = importOrganization(organization);

        assertThat(strings(get(id, null).path("offers").get(0).path("concepts")))
                .containsExactly("https://example.org/eigenes-konzept");
    }

    // --- validation ---

    private List<String> errorFieldsOfPut(Map<String, Object> changes) throws Exception {
        String externalId = unique("ungueltig");
        Map<String, Object> organization = organization(externalId, "Prüfwerk " + externalId, NETWORK);
        UUID id = importOrganization(organization);
        Map<String, Object> invalid = new LinkedHashMap<>(organization);
        invalid.putAll(changes);

        MvcResult result = putAs(ADMIN_TOKEN, id, invalid);

        assertThat(result.getResponse().getStatus())
                .as("PUT, body %s", result.getResponse().getContentAsString())
                .isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(get(id, ADMIN_TOKEN).path("industries").size())
                .as("nothing was stored")
                .isZero();
        return errorFields(body(result).path("errors"));
    }

    @Test
    void malformedIndustryCodeIsReportedAtItsListIndex() throws Exception {
        assertThat(errorFieldsOfPut(Map.of("industries", List.of("99x")))).containsExactly("industries[0]");
        assertThat(errorFieldsOfPut(Map.of("industries", List.of("25", "9")))).containsExactly("industries[1]");
    }

    @Test
    void unknownNaceDivisionIsReportedAtItsListIndex() throws Exception {
        assertThat(errorFieldsOfPut(Map.of("industries", List.of("00")))).containsExactly("industries[0]");
    }

    @Test
    void threeLetterLanguageCodeIsReportedAtItsListIndex() throws Exception {
        assertThat(errorFieldsOfPut(Map.of("languages", List.of("deu")))).containsExactly("languages[0]");
    }

    @Test
    void foundingYearInTheFutureIsReported() throws Exception {
        assertThat(errorFieldsOfPut(Map.of("foundingYear", 3000))).containsExactly("foundingYear");
    }

    @Test
    void shortGermanPostalCodeOfASiteIsReportedWithItsPath() throws Exception {
        assertThat(errorFieldsOfPut(Map.of("sites", List.of(Map.of("address", Map.of("postalCode", "12"))))))
                .containsExactly("sites[0].address.postalCode");
    }

    @Test
    void overlongMachineKindIsReportedWithItsPath() throws Exception {
        assertThat(errorFieldsOfPut(Map.of("machinery", List.of(Map.of("kind", "M".repeat(201))))))
                .containsExactly("machinery[0].kind");
    }

    @Test
    void severalInvalidProfileFieldsAreReportedTogether() throws Exception {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("industries", List.of("00"));
        changes.put("foundingYear", 1200);
        changes.put("machinery", List.of(Map.of("kind", " ")));

        assertThat(errorFieldsOfPut(changes))
                .containsExactlyInAnyOrder("industries[0]", "foundingYear", "machinery[0].kind");
    }

    // --- contract v1 clients ---

    @Test
    void contractV1PutWithoutTheNewFieldsKeepsThePublishedStatus() throws Exception {
        String externalId = unique("v1");
        UUID id = importOrganization(fullProfile(externalId));
        Map<String, Object> v1 = organization(externalId, "Vertragswerk " + externalId, NETWORK);
        v1.put("employees", 12);

        MvcResult result = putAs(tokenFor(office(NETWORK)), id, v1);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode stored = get(id, null);
        assertThat(stored.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(stored.path("name").asString()).isEqualTo("Vertragswerk " + externalId);
        assertThat(stored.path("employeeBand").asString()).isEqualTo("SMALL_10_49");
        List<String> actions = jdbc.queryForList(
                "select action from organization_revision where organization_id = ?", String.class, id);
        assertThat(actions).doesNotContain("UNPUBLISHED");
    }

    @Test
    void contractV1PutOfADraftKeepsItADraft() throws Exception {
        String externalId = unique("v1draft");
        Map<String, Object> draft = organization(externalId, "Entwurfswerk " + externalId, NETWORK);
        draft.put("status", "DRAFT");
        UUID id = importOrganization(draft);

        MvcResult result =
                putAs(tokenFor(office(NETWORK)), id, organization(externalId, "Entwurfswerk " + externalId, NETWORK));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(get(id, ADMIN_TOKEN).path("status").asString()).isEqualTo("DRAFT");
        assertThat(getAs("/api/v1/organizations/" + id, null).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void contractV1PutDoesNotMakeOfficeOnlyContactsPublic() throws Exception {
        String externalId = unique("v1kontakt");
        Map<String, Object> organization = organization(externalId, "Kontaktwerk " + externalId, NETWORK);
        organization.put(
                "contacts", List.of(Map.of("lastName", "Intern", "email", "intern-" + externalId + "@example.org")));
        organization.put("sectionVisibility", Map.of("contacts", "NETWORK_OFFICE"));
        UUID id = importOrganization(organization);
        assertThat(get(id, null).path("contacts").size()).isZero();
        Map<String, Object> v1 = new LinkedHashMap<>(organization);
        v1.remove("sectionVisibility");
        v1.put("employees", 7);

        assertThat(putAs(tokenFor(office(NETWORK)), id, v1).getResponse().getStatus())
                .isEqualTo(200);

        assertThat(get(id, null).path("contacts").size())
                .as("a client that does not know sectionVisibility must not publish the office-only contacts")
                .isZero();
    }

    @Test
    void putWithoutVisibilityKeepsAnOfficeOnlyOrganizationHidden() throws Exception {
        String externalId = unique("ohnesicht");
        Map<String, Object> organization = organization(externalId, "Stillwerk " + externalId, NETWORK);
        organization.put("visibility", "NETWORK_OFFICE");
        UUID id = importOrganization(organization);
        Map<String, Object> withoutVisibility = new LinkedHashMap<>(organization);
        withoutVisibility.remove("visibility");

        assertThat(putAs(tokenFor(office(NETWORK)), id, withoutVisibility)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        assertThat(getAs("/api/v1/organizations/" + id, null).getResponse().getStatus())
                .as("an omitted visibility must not make an office-only organization public")
                .isEqualTo(404);
        assertThat(get(id, tokenFor(office(NETWORK))).path("visibility").asString())
                .isEqualTo("NETWORK_OFFICE");
    }

    @Test
    void aNewOrganizationWithoutVisibilityIsPublic() throws Exception {
        String externalId = unique("neu");
        Map<String, Object> organization = organization(externalId, "Offenwerk " + externalId, NETWORK);
        organization.remove("visibility");

        UUID id = importOrganization(organization);

        assertThat(get(id, null).path("visibility").asString()).isEqualTo("PUBLIC");
    }
}
