package org.clusteratlas.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The contact persons of a network's members through the API: one person across the members they speak for (same
 * e-mail address), found by topic, with roles in the network that the office records; and kept from other offices.
 */
class ContactsApiTest extends AtlasIntegrationTest {

    @Test
    void aPersonWhoSpeaksForTwoMembersIsOnePersonWithTheOfficesNetworkRoles() throws Exception {
        String token = tokenFor(office("it-westpfalz"));
        String email = unique("kurator") + "@contacts.example";
        String topic = unique("Leichtbau");
        UUID first = member(token, email, topic, "Geschäftsführerin");
        UUID second = member(token, email, topic, "Beirätin");

        JsonNode found = okJson("/api/v1/contacts?network=it-westpfalz&q=" + topic, token);

        assertThat(found.values()).singleElement().satisfies(person -> {
            assertThat(person.get("email").asString()).isEqualTo(email);
            assertThat(person.get("mobile").asString()).isEqualTo("+49 170 5550123");
            assertThat(person.get("languages").values().stream()
                            .map(JsonNode::asString)
                            .toList())
                    .containsExactly("de", "fr");
            assertThat(person.get("organizations").values().stream()
                            .map(l -> l.get("organizationId").asString())
                            .toList())
                    .containsExactlyInAnyOrder(first.toString(), second.toString());
        });
        String id = found.get(0).get("id").asString();

        MvcResult roles = mvc.perform(put("/api/v1/contacts/" + id + "/network-roles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("roles", List.of("CURATOR", "TECHNOLOGY_AMBASSADOR"))))
                        .with(as(token)))
                .andReturn();
        assertThat(roles.getResponse().getStatus())
                .as(roles.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(okJson("/api/v1/contacts?network=it-westpfalz&role=CURATOR", token)
                        .values())
                .anySatisfy(p -> assertThat(p.get("email").asString()).isEqualTo(email));
        // The second entry of the same person reads the same roles.
        String other = found.get(0).get("organizations").values().stream()
                .map(l -> l.get("contactId").asString())
                .filter(c -> !c.equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(okJson("/api/v1/contacts/" + other, token).get("networkRoles").values().stream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactlyInAnyOrder("CURATOR", "TECHNOLOGY_AMBASSADOR");

        String officeB = tokenFor(office("lautern-impuls"));
        assertThat(getAs("/api/v1/contacts/" + id, officeB).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(getAs("/api/v1/contacts?network=it-westpfalz", officeB)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(put("/api/v1/contacts/" + id + "/network-roles")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(toJson(Map.of("roles", List.of())))
                                .with(as(officeB)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(getAs("/api/v1/contacts?network=it-westpfalz", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    private UUID member(String token, String email, String topic, String role) throws Exception {
        String externalId = unique("ct");
        Map<String, Object> organization = organization(externalId, unique("Kontakt GmbH"), "it-westpfalz");
        organization.put(
                "contacts",
                List.of(Map.of(
                        "firstName",
                        "Kira",
                        "lastName",
                        "Kurator",
                        "email",
                        email,
                        "role",
                        role,
                        "topics",
                        List.of(topic),
                        "mobile",
                        "+49 170 5550123",
                        "languages",
                        List.of("de", "fr"))));
        MvcResult created = mvc.perform(
                        postJson("/api/v1/organizations", organization).with(as(token)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        return organizationId(externalId);
    }
}
