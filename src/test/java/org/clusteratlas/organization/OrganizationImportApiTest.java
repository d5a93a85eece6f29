package org.clusteratlas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.organization.internal.NdjsonImport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

class OrganizationImportApiTest extends AtlasIntegrationTest {

    private String line(String externalId, String name, String network) {
        return toJson(organization(externalId, name, network));
    }

    private String lineWithPostalCode(String externalId, String name, String postalCode) {
        Map<String, Object> organization = organization(externalId, name, "metall-kl");
        organization.put(
                "address", Map.of("street", "Teststraße 2", "postalCode", postalCode, "city", "Kaiserslautern"));
        return toJson(organization);
    }

    @Test
    void goodLinesAreWrittenAndBadLinesReportedWithTheirLineNumbers() throws Exception {
        String run = unique("imp");
        String badPostalCodeId = run + "-bad";
        String badPostalCodeName = "Postleitzahlfehler " + run;

        JsonNode result = importLines(
                ADMIN_TOKEN,
                List.of(
                        line(run + "-1", "Importwerk Eins " + run, "metall-kl"),
                        line(run + "-2", "Importwerk Zwei " + run, "it-westpfalz"),
                        lineWithPostalCode(badPostalCodeId, badPostalCodeName, "6765X"),
                        "{\"externalId\": \"" + run + "-broken\", \"name\": ",
                        line(run + "-3", "Importwerk Drei " + run, "lautern-impuls")));

        assertThat(result.path("created").asInt()).isEqualTo(3);
        assertThat(result.path("updated").asInt()).isZero();
        JsonNode failed = result.path("failed");
        assertThat(failed.size()).isEqualTo(2);

        JsonNode postalCodeFailure = failed.get(0);
        assertThat(postalCodeFailure.path("line").asInt()).isEqualTo(3);
        assertThat(postalCodeFailure.path("externalId").asString()).isEqualTo(badPostalCodeId);
        assertThat(errorFields(postalCodeFailure.path("errors"))).containsExactly("address.postalCode");
        assertThat(postalCodeFailure.path("errors").get(0).path("message").asString())
                .isNotBlank();

        JsonNode brokenJson = failed.get(1);
        assertThat(brokenJson.path("line").asInt()).isEqualTo(4);
        assertThat(brokenJson.path("errors").size()).isPositive();
        assertThat(brokenJson.path("errors").get(0).path("message").asString()).isNotBlank();

        for (String written : List.of(run + "-1", run + "-2", run + "-3")) {
            assertThat(countOrganizations(written)).as(written).isEqualTo(1);
        }
        assertThat(countOrganizations(badPostalCodeId)).isZero();
        assertThat(countOrganizations(run + "-broken")).isZero();
        mvc.perform(get("/api/v1/organizations").param("q", badPostalCodeName).with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void largeImportIsWrittenInChunksAndSearchableWhenItAnswers() throws Exception {
        // More lines than one transaction takes, with a bad line in the second chunk: the chunks around it are
        // written, the line is reported with its number, and every organization is searchable on the response.
        String run = unique("chunk");
        String word = "Chunkwerk" + run.replaceAll("[^a-z0-9]", "");
        int count = NdjsonImport.CHUNK_LINES + 20;
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(
                    i == NdjsonImport.CHUNK_LINES + 5
                            ? lineWithPostalCode(run + "-bad", "Fehlerwerk " + run, "1234")
                            : line(run + "-" + i, word + " " + i, "metall-kl"));
        }

        JsonNode result = importLines(ADMIN_TOKEN, lines);

        assertThat(result.path("created").asInt()).isEqualTo(count - 1);
        assertThat(result.path("failed").size()).isEqualTo(1);
        assertThat(result.path("failed").get(0).path("line").asInt()).isEqualTo(NdjsonImport.CHUNK_LINES + 5);
        assertThat(countOrganizations(run + "-bad")).isZero();
        JsonNode found = okJson("/api/v1/search/organizations?size=1&q=" + word, null);
        assertThat(found.path("total").asInt()).isEqualTo(count - 1);
    }

    @Test
    void repeatedExternalIdsAndNamesInOneImportUpsertAndGetTheirOwnSlugs() throws Exception {
        // Within one transaction a later line must see what an earlier one wrote: the repeated external id updates
        // the organization created two lines before, and equal names get different slugs.
        String run = unique("rep");
        String name = "Doppelwerk " + run;
        JsonNode result = importLines(
                ADMIN_TOKEN,
                List.of(
                        line(run + "-1", name, "metall-kl"),
                        line(run + "-2", name, "metall-kl"),
                        line(run + "-1", name + " neu", "metall-kl")));

        assertThat(result.path("created").asInt()).isEqualTo(2);
        assertThat(result.path("updated").asInt()).isEqualTo(1);
        assertThat(result.path("failed").size()).isZero();
        assertThat(countOrganizations(run + "-1")).isEqualTo(1);
        assertThat(body(getAs("/api/v1/organizations/" + organizationId(run + "-1"), null))
                        .path("name")
                        .asString())
                .isEqualTo(name + " neu");
        List<String> slugs = jdbc.queryForList(
                "select slug from organization where external_id in (?, ?)", String.class, run + "-1", run + "-2");
        assertThat(slugs).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aNameSharedByManyOrganizationsGetsTheNextFreeNumberAcrossImports() throws Exception {
        String run = unique("dup");
        String name = "Vielfach " + run;
        String base = org.clusteratlas.shared.Slugs.of(name);
        importLines(ADMIN_TOKEN, List.of(line(run + "-1", name, "metall-kl"), line(run + "-2", name, "metall-kl")));
        // A gap (a deleted organization's number) is taken again; the numbers after it are looked up at once.
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                        "/api/v1/organizations/" + organizationId(run + "-2"))
                                .with(bearer(ADMIN_TOKEN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        importLines(
                ADMIN_TOKEN,
                List.of(
                        line(run + "-3", name, "metall-kl"),
                        line(run + "-4", name, "metall-kl"),
                        line(run + "-5", name, "metall-kl")));

        List<String> slugs = jdbc.queryForList(
                "select slug from organization where external_id like ? order by external_id",
                String.class,
                run + "-%");
        assertThat(slugs).containsExactly(base, base + "-2", base + "-3", base + "-4");
    }

    @Test
    void importedOrganizationIsReadableWithItsData() throws Exception {
        String externalId = unique("imp");
        String name = "Lesewerk " + externalId;
        importLines(ADMIN_TOKEN, List.of(line(externalId, name, "metall-kl")));

        UUID id = organizationId(externalId);
        MvcResult result = getAs("/api/v1/organizations/" + id, null);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode organization = body(result);
        assertThat(organization.path("id").asString()).isEqualTo(id.toString());
        assertThat(organization.path("externalId").asString()).isEqualTo(externalId);
        assertThat(organization.path("name").asString()).isEqualTo(name);
        assertThat(organization.path("networks").values())
                .extracting(JsonNode::asString)
                .containsExactly("metall-kl");
        assertThat(organization.path("address").path("postalCode").asString()).isEqualTo("67655");
    }

    @Test
    void reimportUpsertsByExternalIdInsteadOfDuplicating() throws Exception {
        String run = unique("ups");
        List<String> ids = List.of(run + "-1", run + "-2", run + "-3");
        JsonNode first = importLines(
                ADMIN_TOKEN,
                List.of(
                        line(ids.get(0), "Upsertwerk Eins " + run, "metall-kl"),
                        line(ids.get(1), "Upsertwerk Zwei " + run, "metall-kl"),
                        line(ids.get(2), "Upsertwerk Drei " + run, "metall-kl")));
        assertThat(first.path("created").asInt()).isEqualTo(3);
        UUID secondId = organizationId(ids.get(1));

        JsonNode second = importLines(
                ADMIN_TOKEN,
                List.of(
                        line(ids.get(0), "Upsertwerk Eins " + run, "metall-kl"),
                        line(ids.get(1), "Upsertwerk Zwei umbenannt " + run, "metall-kl"),
                        line(ids.get(2), "Upsertwerk Drei " + run, "metall-kl")));

        assertThat(second.path("created").asInt()).isZero();
        assertThat(second.path("updated").asInt()).isEqualTo(3);
        assertThat(second.path("failed").size()).isZero();
        for (String externalId : ids) {
            assertThat(countOrganizations(externalId)).as(externalId).isEqualTo(1);
        }
        assertThat(organizationId(ids.get(1))).isEqualTo(secondId);
        mvc.perform(get("/api/v1/organizations/" + secondId).with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Upsertwerk Zwei umbenannt " + run))
                .andExpect(jsonPath("$.externalId").value(ids.get(1)));
    }

    @Test
    void unknownNetworkSlugFailsTheLineWithTheNetworksIndex() throws Exception {
        String run = unique("unk");

        JsonNode result = importLines(
                ADMIN_TOKEN,
                List.of(
                        line(run + "-unknown", "Irrläufer " + run, unique("no-such-network")),
                        line(run + "-ok", "Treffer " + run, "metall-kl")));

        assertThat(result.path("created").asInt()).isEqualTo(1);
        JsonNode failed = result.path("failed");
        assertThat(failed.size()).isEqualTo(1);
        assertThat(failed.get(0).path("line").asInt()).isEqualTo(1);
        assertThat(failed.get(0).path("externalId").asString()).isEqualTo(run + "-unknown");
        assertThat(errorFields(failed.get(0).path("errors"))).contains("networks[0]");
        assertThat(countOrganizations(run + "-unknown")).isZero();
        assertThat(countOrganizations(run + "-ok")).isEqualTo(1);
    }

    @Test
    void missingRequiredFieldsAreReportedPerField() throws Exception {
        String externalId = unique("req");
        Map<String, Object> organization = organization(externalId, "", "metall-kl");
        organization.remove("kind");

        JsonNode result = importLines(ADMIN_TOKEN, List.of(toJson(organization)));

        assertThat(result.path("created").asInt()).isZero();
        assertThat(errorFields(result.path("failed").get(0).path("errors"))).contains("name", "kind");
        assertThat(countOrganizations(externalId)).isZero();
    }

    @Test
    void blankLinesAreSkippedButKeepTheLineNumbering() throws Exception {
        String run = unique("blank");

        JsonNode result = importLines(
                ADMIN_TOKEN,
                List.of(
                        line(run + "-1", "Leerzeile Eins " + run, "metall-kl"),
                        "",
                        "   ",
                        lineWithPostalCode(run + "-bad", "Leerzeile Fehler " + run, "ABCDE")));

        assertThat(result.path("created").asInt()).isEqualTo(1);
        assertThat(result.path("failed").size()).isEqualTo(1);
        assertThat(result.path("failed").get(0).path("line").asInt()).isEqualTo(4);
    }

    @Test
    void anonymousImportIsUnauthorized() throws Exception {
        String externalId = unique("anon");

        mvc.perform(importRequest(List.of(line(externalId, "Anonymwerk " + externalId, "metall-kl"))))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(countOrganizations(externalId)).isZero();
    }

    @Test
    void memberWhoManagesNoNetworkIsForbidden() throws Exception {
        String externalId = unique("mem");

        mvc.perform(importRequest(List.of(line(externalId, "Mitgliedswerk " + externalId, "it-westpfalz")))
                        .with(bearer(tokenFor(MEMBER))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));

        assertThat(countOrganizations(externalId)).isZero();
    }

    @Test
    void networkManagerImportsIntoOwnNetworkOnly() throws Exception {
        String run = unique("mgr");

        JsonNode result = importLines(
                tokenFor(office("metall-kl")),
                List.of(
                        line(run + "-foreign", "Fremdwerk " + run, "it-westpfalz"),
                        line(run + "-own", "Eigenwerk " + run, "metall-kl")));

        assertThat(result.path("created").asInt()).isEqualTo(1);
        assertThat(result.path("updated").asInt()).isZero();
        JsonNode failed = result.path("failed");
        assertThat(failed.size()).isEqualTo(1);
        assertThat(failed.get(0).path("line").asInt()).isEqualTo(1);
        assertThat(failed.get(0).path("externalId").asString()).isEqualTo(run + "-foreign");
        assertThat(errorFields(failed.get(0).path("errors"))).containsExactly("networks");
        assertThat(countOrganizations(run + "-foreign")).isZero();
        assertThat(countOrganizations(run + "-own")).isEqualTo(1);
    }

    @Test
    void networkManagerCannotTakeOverAnotherNetworksOrganizationByExternalId() throws Exception {
        String externalId = unique("take");
        importLines(ADMIN_TOKEN, List.of(line(externalId, "Westpfalzwerk " + externalId, "it-westpfalz")));

        JsonNode result = importLines(
                tokenFor(office("metall-kl")), List.of(line(externalId, "Übernommen " + externalId, "metall-kl")));

        assertThat(result.path("created").asInt()).isZero();
        assertThat(result.path("updated").asInt()).isZero();
        assertThat(result.path("failed").size()).isEqualTo(1);
        String name =
                jdbc.queryForObject("select name from organization where external_id = ?", String.class, externalId);
        assertThat(name).isEqualTo("Westpfalzwerk " + externalId);
    }
}
