package org.clusteratlas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Regressions of the organization API: external ids on update, odd import lines, single create. */
class OrganizationApiRegressionTest extends AtlasIntegrationTest {

    private String line(String externalId, String name) {
        return toJson(organization(externalId, name, "metall-kl"));
    }

    private JsonNode importBody(byte[] body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/organizations/import")
                        .contentType(NDJSON)
                        .content(body)
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as("import status, body %s", result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return body(result);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void putWithoutExternalIdKeepsItSoTheNextImportUpdates() throws Exception {
        String externalId = unique("keep");
        importLines(ADMIN_TOKEN, List.of(line(externalId, "Behaltwerk " + externalId)));
        UUID id = organizationId(externalId);
        Map<String, Object> changed = organization(null, "Behaltwerk geändert " + externalId, "metall-kl");
        changed.remove("externalId");

        MvcResult put = mvc.perform(put("/api/v1/organizations/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(changed))
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();

        assertThat(put.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(put).path("externalId").asString()).isEqualTo(externalId);
        assertThat(body(put).path("name").asString()).isEqualTo("Behaltwerk geändert " + externalId);
        assertThat(body(getAs("/api/v1/organizations/" + id, null))
                        .path("externalId")
                        .asString())
                .isEqualTo(externalId);

        JsonNode reimport = importLines(ADMIN_TOKEN, List.of(line(externalId, "Behaltwerk wieder " + externalId)));

        assertThat(reimport.path("created").asInt()).isZero();
        assertThat(reimport.path("updated").asInt()).isEqualTo(1);
        assertThat(countOrganizations(externalId)).isEqualTo(1);
        assertThat(organizationId(externalId)).isEqualTo(id);
    }

    @Test
    void unknownKindIsReportedWithTheLinesExternalIdAndTheFieldKind() throws Exception {
        String externalId = unique("x");
        String good = unique("good");

        JsonNode result = importLines(
                ADMIN_TOKEN,
                List.of(
                        "{\"externalId\":\"" + externalId + "\",\"networks\":[\"metall-kl\"],\"name\":\"A\","
                                + "\"kind\":\"NOPE\"}",
                        line(good, "Gutwerk " + good)));

        assertThat(result.path("created").asInt()).isEqualTo(1);
        assertThat(result.path("failed").size()).isEqualTo(1);
        JsonNode failed = result.path("failed").get(0);
        assertThat(failed.path("line").asInt()).isEqualTo(1);
        assertThat(errorFields(failed.path("errors"))).containsExactly("kind");
        assertThat(failed.path("errors").get(0).path("message").asString()).isNotBlank();
        assertThat(failed.path("externalId").asString())
                .as("externalId of the failed line, in %s", failed)
                .isEqualTo(externalId);
        assertThat(countOrganizations(externalId)).isZero();
        assertThat(countOrganizations(good)).isEqualTo(1);
    }

    @Test
    void arrayLineFailsWithAMessageAndTheOtherLinesAreImported() throws Exception {
        String before = unique("arr");
        String after = unique("arr");

        JsonNode result = importLines(
                ADMIN_TOKEN, List.of(line(before, "Vorher " + before), "[1,2]", line(after, "Nachher " + after)));

        assertThat(result.path("created").asInt()).isEqualTo(2);
        assertThat(result.path("failed").size()).isEqualTo(1);
        JsonNode failed = result.path("failed").get(0);
        assertThat(failed.path("line").asInt()).isEqualTo(2);
        assertThat(failed.path("errors").size()).isEqualTo(1);
        assertThat(failed.path("errors").get(0).path("message").asString()).isNotBlank();
        assertThat(countOrganizations(before)).isEqualTo(1);
        assertThat(countOrganizations(after)).isEqualTo(1);
    }

    @Test
    void scalarAndBrokenJsonLinesFailWithoutStoppingTheImport() throws Exception {
        String good = unique("scalar");

        JsonNode result = importLines(
                ADMIN_TOKEN, List.of("42", "\"text\"", "{\"externalId\": ", "null", line(good, "Skalar " + good)));

        assertThat(result.path("created").asInt()).isEqualTo(1);
        assertThat(result.path("failed").values())
                .extracting(failed -> failed.path("line").asInt())
                .containsExactly(1, 2, 3, 4);
        assertThat(result.path("failed").values())
                .allSatisfy(failed -> assertThat(
                                failed.path("errors").get(0).path("message").asString())
                        .isNotBlank());
        assertThat(countOrganizations(good)).isEqualTo(1);
    }

    @Test
    void byteOrderMarkAtTheStartOfTheBodyIsIgnored() throws Exception {
        String first = unique("bom");
        String second = unique("bom");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        body.write(utf8(line(first, "Bomwerk " + first) + "\n" + line(second, "Bomwerk " + second)));

        JsonNode result = importBody(body.toByteArray());

        assertThat(result.path("failed").size()).as("failed lines %s", result).isZero();
        assertThat(result.path("created").asInt()).isEqualTo(2);
        assertThat(countOrganizations(first)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from organization where external_id = ?", String.class, first))
                .isEqualTo("Bomwerk " + first);
    }

    @Test
    void crlfLineEndingsWorkAndKeepTheLineNumbers() throws Exception {
        String first = unique("crlf");
        String bad = unique("crlf");
        String third = unique("crlf");
        Map<String, Object> invalid = organization(bad, "Falsch " + bad, "metall-kl");
        invalid.put("address", Map.of("postalCode", "ABCDE", "city", "Kaiserslautern", "country", "DE"));

        JsonNode result = importBody(utf8(line(first, "Crlf Eins " + first)
                + "\r\n" + toJson(invalid)
                + "\r\n" + line(third, "Crlf Drei " + third)
                + "\r\n"));

        assertThat(result.path("created").asInt()).isEqualTo(2);
        assertThat(result.path("failed").size()).isEqualTo(1);
        assertThat(result.path("failed").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(result.path("failed").get(0).path("externalId").asString()).isEqualTo(bad);
        assertThat(errorFields(result.path("failed").get(0).path("errors"))).containsExactly("address.postalCode");
        assertThat(jdbc.queryForObject("select name from organization where external_id = ?", String.class, third))
                .as("no carriage return left in the data")
                .isEqualTo("Crlf Drei " + third);
    }

    @Test
    void blankLinesAreSkippedButCountedForLineNumbers() throws Exception {
        String first = unique("blank");
        String bad = unique("blank");

        JsonNode result = importBody(utf8(line(first, "Leer " + first)
                + "\r\n\r\n   \n\t\r\n"
                + "{\"externalId\":\"" + bad + "\",\"networks\":[\"metall-kl\"],\"kind\":\"COMPANY\"}\n\n"));

        assertThat(result.path("created").asInt()).isEqualTo(1);
        assertThat(result.path("updated").asInt()).isZero();
        assertThat(result.path("failed").size()).isEqualTo(1);
        assertThat(result.path("failed").get(0).path("line").asInt()).isEqualTo(5);
        assertThat(errorFields(result.path("failed").get(0).path("errors"))).containsExactly("name");
    }

    @Test
    void singleCreateAnswersCreatedWithLocationAndTheSameExternalIdAgainIsAConflict() throws Exception {
        String externalId = unique("single");

        MvcResult created = mvc.perform(
                        postJson("/api/v1/organizations", organization(externalId, "Einzel " + externalId, "metall-kl"))
                                .with(bearer(ADMIN_TOKEN)))
                .andReturn();

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String location = created.getResponse().getHeader("Location");
        UUID id = organizationId(externalId);
        assertThat(location).endsWith("/api/v1/organizations/" + id);
        assertThat(body(created).path("id").asString()).isEqualTo(id.toString());
        assertThat(body(created).path("externalId").asString()).isEqualTo(externalId);
        MvcResult fetched = mvc.perform(get(location)).andReturn();
        assertThat(fetched.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(fetched).path("name").asString()).isEqualTo("Einzel " + externalId);

        MvcResult again = mvc.perform(postJson(
                                "/api/v1/organizations", organization(externalId, "Zweimal " + externalId, "metall-kl"))
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();

        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(body(again).path("status").asInt()).isEqualTo(409);
        assertThat(body(again).path("detail").asString()).contains(externalId);
        assertThat(countOrganizations(externalId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from organization where external_id = ?", String.class, externalId))
                .isEqualTo("Einzel " + externalId);
    }

    @Test
    void singleCreateByAnOfficeIntoAnotherNetworkIsForbidden() throws Exception {
        String externalId = unique("single");

        MvcResult result = mvc.perform(postJson(
                                "/api/v1/organizations",
                                organization(externalId, "Fremd " + externalId, "it-westpfalz"))
                        .with(bearer(tokenFor(office("metall-kl")))))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(countOrganizations(externalId)).isZero();
    }

    @Test
    void invalidSingleCreateIsAValidationProblemWithFieldPaths() throws Exception {
        String externalId = unique("single");
        Map<String, Object> invalid = organization(externalId, " ", "metall-kl");
        invalid.put("address", Map.of("postalCode", "123", "country", "DE"));

        MvcResult result = mvc.perform(
                        postJson("/api/v1/organizations", invalid).with(bearer(ADMIN_TOKEN)))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(errorFields(body(result).path("errors"))).contains("name", "address.postalCode");
        assertThat(countOrganizations(externalId)).isZero();
    }

    @Test
    void hugePageNumberIsAnEmptyPageOrABadRequestNotAServerError() throws Exception {
        MvcResult result = mvc.perform(
                        get("/api/v1/organizations").param("page", "100000000").param("size", "100"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isIn(200, 400);
        if (result.getResponse().getStatus() == 200) {
            assertThat(body(result).path("items").size()).isZero();
        } else {
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }
}
