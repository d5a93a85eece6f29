package org.clusteratlas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

class OrganizationApiTest extends AtlasIntegrationTest {

    /** Imports one organization into a network with the given visibility and returns its id. */
    private UUID importOrganization(String externalId, String name, String network, String visibility)
            throws Exception {
        Map<String, Object> organization = organization(externalId, name, network);
        organization.put("visibility", visibility);
        JsonNode result = importLines(ADMIN_TOKEN, List.of(toJson(organization)));
        assertThat(result.path("created").asInt())
                .as("import result %s", result)
                .isEqualTo(1);
        return organizationId(externalId);
    }

    private int statusOfGet(UUID id, String tokenOrNull) throws Exception {
        return getAs("/api/v1/organizations/" + id, tokenOrNull).getResponse().getStatus();
    }

    private Map<String, Object> fullOrganization(String externalId, String name) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("externalId", externalId);
        organization.put("networks", List.of("metall-kl"));
        organization.put("name", name);
        organization.put("kind", "RESEARCH_INSTITUTE");
        organization.put("description", Map.of("de", "Prüfstand für Werkstoffe.", "en", "Test bench for materials."));
        organization.put("competences", List.of("CNC-Fräsen", "Drehen"));
        organization.put("offers", List.of(Map.of("title", "Zugversuche", "description", "Nach DIN EN ISO 6892")));
        organization.put("needs", List.of(Map.of("title", "Pulverbeschichtung", "description", "Für Probenhalter")));
        organization.put(
                "address",
                Map.of(
                        "street",
                        "Trippstadter Str. 110",
                        "postalCode",
                        "67663",
                        "city",
                        "Kaiserslautern",
                        "country",
                        "DE"));
        organization.put("employees", 45);
        organization.put("website", "https://werkstoff.example");
        organization.put(
                "contacts",
                List.of(Map.of(
                        "firstName", "Petra",
                        "lastName", "Prüfer",
                        "role", "Laborleitung",
                        "email", "p.pruefer@werkstoff.example",
                        "phone", "+49 631 1234-5",
                        "topics", List.of("Werkstoffprüfung", "Kooperationen"))));
        organization.put("visibility", "PUBLIC");
        return organization;
    }

    @Test
    void getReturnsIdExternalIdAndAllContractFields() throws Exception {
        String externalId = unique("full");
        String name = "Werkstoffprüfung " + externalId;
        importLines(ADMIN_TOKEN, List.of(toJson(fullOrganization(externalId, name))));
        UUID id = organizationId(externalId);

        MvcResult result = mvc.perform(get("/api/v1/organizations/" + id))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();

        JsonNode organization = body(result);
        assertThat(organization.path("id").asString()).isEqualTo(id.toString());
        assertThat(organization.path("externalId").asString()).isEqualTo(externalId);
        assertThat(organization.path("networks").values())
                .extracting(JsonNode::asString)
                .containsExactly("metall-kl");
        assertThat(organization.path("name").asString()).isEqualTo(name);
        assertThat(organization.path("kind").asString()).isEqualTo("RESEARCH_INSTITUTE");
        assertThat(organization.path("description").path("de").asString()).isEqualTo("Prüfstand für Werkstoffe.");
        assertThat(organization.path("description").path("en").asString()).isEqualTo("Test bench for materials.");
        assertThat(organization.path("competences").values())
                .extracting(JsonNode::asString)
                .containsExactly("CNC-Fräsen", "Drehen");
        assertThat(organization.path("offers").get(0).path("title").asString()).isEqualTo("Zugversuche");
        assertThat(organization.path("offers").get(0).path("description").asString())
                .isEqualTo("Nach DIN EN ISO 6892");
        assertThat(organization.path("needs").get(0).path("title").asString()).isEqualTo("Pulverbeschichtung");
        JsonNode address = organization.path("address");
        assertThat(address.path("street").asString()).isEqualTo("Trippstadter Str. 110");
        assertThat(address.path("postalCode").asString()).isEqualTo("67663");
        assertThat(address.path("city").asString()).isEqualTo("Kaiserslautern");
        assertThat(address.path("country").asString()).isEqualTo("DE");
        assertThat(organization.path("employees").asInt()).isEqualTo(45);
        assertThat(organization.path("website").asString()).isEqualTo("https://werkstoff.example");
        JsonNode contact = organization.path("contacts").get(0);
        assertThat(contact.path("firstName").asString()).isEqualTo("Petra");
        assertThat(contact.path("lastName").asString()).isEqualTo("Prüfer");
        assertThat(contact.path("role").asString()).isEqualTo("Laborleitung");
        assertThat(contact.path("email").asString()).isEqualTo("p.pruefer@werkstoff.example");
        assertThat(contact.path("phone").asString()).isEqualTo("+49 631 1234-5");
        assertThat(contact.path("topics").values())
                .extracting(JsonNode::asString)
                .containsExactly("Werkstoffprüfung", "Kooperationen");
        assertThat(organization.path("visibility").asString()).isEqualTo("PUBLIC");
    }

    @Test
    void unknownIdIsNotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/organizations/" + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").isNotEmpty());
    }

    @Test
    void malformedIdIsNotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/organizations/not-a-uuid").with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void networkOfficeOrganizationIsSeenOnlyByItsNetworksOfficeAndAdmins() throws Exception {
        UUID id =
                importOrganization(unique("office"), "Büro-intern " + UUID.randomUUID(), "metall-kl", "NETWORK_OFFICE");

        assertThat(statusOfGet(id, null)).as("anonymous").isEqualTo(404);
        assertThat(statusOfGet(id, tokenFor(MEMBER)))
                .as("member of it-westpfalz")
                .isEqualTo(404);
        assertThat(statusOfGet(id, tokenFor(office("it-westpfalz"))))
                .as("office of a federated network")
                .isEqualTo(404);
        assertThat(statusOfGet(id, tokenFor(office("metall-kl"))))
                .as("office of metall-kl")
                .isEqualTo(200);
        assertThat(statusOfGet(id, tokenFor(ADMIN))).as("platform admin").isEqualTo(200);
        assertThat(statusOfGet(id, ADMIN_TOKEN)).as("bootstrap admin token").isEqualTo(200);
    }

    @Test
    void demoNetworkOfficeOrganizationIsHiddenFromAnonymousVisitors() throws Exception {
        UUID id = organizationId("demo-it-010");

        assertThat(statusOfGet(id, null)).isEqualTo(404);
        assertThat(statusOfGet(id, tokenFor(MEMBER))).isEqualTo(404);
        assertThat(statusOfGet(id, tokenFor(office("it-westpfalz")))).isEqualTo(200);
    }

    @Test
    void membersOrganizationIsSeenByMembersOfFederatedNetworksOnly() throws Exception {
        String name = "Mitgliederwerk " + UUID.randomUUID();
        UUID id = importOrganization(unique("members"), name, "metall-kl", "MEMBERS");

        assertThat(statusOfGet(id, null)).as("anonymous").isEqualTo(404);
        assertThat(statusOfGet(id, tokenFor(MEMBER)))
                .as("member of it-westpfalz, federated with metall-kl through rlp")
                .isEqualTo(200);
        assertThat(statusOfGet(id, tokenFor(office("it-rhein-neckar"))))
                .as("office of it-rhein-neckar, which shares no federation with metall-kl")
                .isEqualTo(404);
        assertThat(statusOfGet(id, tokenFor(office("metall-kl"))))
                .as("office of metall-kl")
                .isEqualTo(200);
    }

    @Test
    void listShowsMembersOrganizationOnlyToThoseWhoMaySeeIt() throws Exception {
        String name = "Listenwerk " + UUID.randomUUID();
        importOrganization(unique("members"), name, "metall-kl", "MEMBERS");

        mvc.perform(get("/api/v1/organizations").param("q", name))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/organizations").param("q", name).with(bearer(tokenFor(office("it-rhein-neckar")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/organizations").param("q", name).with(bearer(tokenFor(MEMBER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value(name));
    }

    @Test
    void putChangesTheOrganization() throws Exception {
        String externalId = unique("put");
        importLines(ADMIN_TOKEN, List.of(toJson(fullOrganization(externalId, "Vorher " + externalId))));
        UUID id = organizationId(externalId);
        Map<String, Object> changed = fullOrganization(externalId, "Nachher " + externalId);
        changed.put("employees", 46);
        changed.put("competences", List.of("Drehen", "Schleifen"));

        mvc.perform(put("/api/v1/organizations/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(changed))
                        .with(bearer(tokenFor(office("metall-kl")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.name").value("Nachher " + externalId));

        JsonNode stored = body(getAs("/api/v1/organizations/" + id, null));
        assertThat(stored.path("name").asString()).isEqualTo("Nachher " + externalId);
        assertThat(stored.path("employees").asInt()).isEqualTo(46);
        assertThat(stored.path("competences").values())
                .extracting(JsonNode::asString)
                .containsExactly("Drehen", "Schleifen");
        assertThat(stored.path("externalId").asString()).isEqualTo(externalId);
    }

    @Test
    void invalidPutIsValidationErrorAndChangesNothing() throws Exception {
        String externalId = unique("badput");
        importLines(ADMIN_TOKEN, List.of(toJson(fullOrganization(externalId, "Unverändert " + externalId))));
        UUID id = organizationId(externalId);
        Map<String, Object> invalid = fullOrganization(externalId, "   ");
        invalid.put("employees", 99);

        MvcResult result = mvc.perform(put("/api/v1/organizations/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(invalid))
                        .with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andReturn();

        assertThat(errorFields(body(result).path("errors"))).containsExactly("name");
        JsonNode stored = body(getAs("/api/v1/organizations/" + id, null));
        assertThat(stored.path("name").asString()).isEqualTo("Unverändert " + externalId);
        assertThat(stored.path("employees").asInt()).isEqualTo(45);
    }

    @Test
    void putWithInvalidPostalCodeReportsTheFieldPath() throws Exception {
        String externalId = unique("badzip");
        importLines(ADMIN_TOKEN, List.of(toJson(fullOrganization(externalId, "Postleitzahl " + externalId))));
        UUID id = organizationId(externalId);
        Map<String, Object> invalid = fullOrganization(externalId, "Postleitzahl " + externalId);
        invalid.put("address", Map.of("postalCode", "6765X", "city", "Kaiserslautern"));

        MvcResult result = mvc.perform(put("/api/v1/organizations/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(invalid))
                        .with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isBadRequest())
                .andReturn();

        assertThat(errorFields(body(result).path("errors"))).containsExactly("address.postalCode");
        assertThat(body(getAs("/api/v1/organizations/" + id, null))
                        .path("address")
                        .path("postalCode")
                        .asString())
                .isEqualTo("67663");
    }

    @Test
    void memberMayNotChangeAVisibleOrganization() throws Exception {
        String externalId = unique("memput");
        importLines(ADMIN_TOKEN, List.of(toJson(fullOrganization(externalId, "Geschützt " + externalId))));
        UUID id = organizationId(externalId);

        mvc.perform(put("/api/v1/organizations/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(fullOrganization(externalId, "Gekapert " + externalId)))
                        .with(bearer(tokenFor(MEMBER))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(body(getAs("/api/v1/organizations/" + id, null)).path("name").asString())
                .isEqualTo("Geschützt " + externalId);
    }

    @Test
    void adminDeletesAndTheOrganizationIsGone() throws Exception {
        String externalId = unique("del");
        UUID id = importOrganization(externalId, "Löschwerk " + externalId, "metall-kl", "PUBLIC");

        mvc.perform(delete("/api/v1/organizations/" + id).with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/organizations/" + id).with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(countOrganizations(externalId)).isZero();
    }

    @Test
    void memberMayNotDeleteVisibleOrganization() throws Exception {
        String externalId = unique("memdel");
        UUID id = importOrganization(externalId, "Bleibwerk " + externalId, "metall-kl", "PUBLIC");

        mvc.perform(delete("/api/v1/organizations/" + id).with(bearer(tokenFor(MEMBER))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(countOrganizations(externalId)).isEqualTo(1);
    }

    @Test
    void deletingAnOrganizationTheCallerCannotSeeIsNotFound() throws Exception {
        String externalId = unique("hiddel");
        UUID id = importOrganization(externalId, "Versteckt " + externalId, "metall-kl", "NETWORK_OFFICE");

        mvc.perform(delete("/api/v1/organizations/" + id).with(bearer(tokenFor(MEMBER))))
                .andExpect(status().isNotFound());

        assertThat(countOrganizations(externalId)).isEqualTo(1);
    }

    @Test
    void anonymousDeleteIsUnauthorized() throws Exception {
        String externalId = unique("anondel");
        UUID id = importOrganization(externalId, "Anonym " + externalId, "metall-kl", "PUBLIC");

        mvc.perform(delete("/api/v1/organizations/" + id))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(countOrganizations(externalId)).isEqualTo(1);
    }

    @Test
    void officeOfOnlyOneOfTheNetworksMayNotDeleteASharedOrganization() throws Exception {
        String externalId = unique("shared");
        Map<String, Object> organization = organization(externalId, "Geteilt " + externalId, "metall-kl");
        organization.put("networks", List.of("metall-kl", "it-westpfalz"));
        importLines(ADMIN_TOKEN, List.of(toJson(organization)));
        UUID id = organizationId(externalId);

        mvc.perform(delete("/api/v1/organizations/" + id).with(bearer(tokenFor(office("metall-kl")))))
                .andExpect(status().isForbidden());

        assertThat(countOrganizations(externalId)).isEqualTo(1);
    }
}
