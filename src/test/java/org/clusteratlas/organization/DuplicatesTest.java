package org.clusteratlas.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Likely duplicates are found by similar name at the same place (or a shared website or contact address), and merging
 * keeps everything: the survivor's values, the duplicate's contacts and competences, and every record about the
 * duplicate (CRM log, tasks, tags, membership history, profile history).
 */
class DuplicatesTest extends AtlasIntegrationTest {

    static final String NETWORK = "it-westpfalz";

    @Test
    void twoEntriesOfOneCompanyAreFoundAndMergedWithoutLosingAnything() throws Exception {
        String token = tokenFor(office(NETWORK));
        String base = "Zwilling " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        UUID survivor = create(
                token,
                base + " GmbH",
                "24837",
                "https://www." + base.replace(" ", "") + ".example",
                List.of(Map.of("lastName", "Erste", "email", "erste@" + base.replace(" ", "") + ".example")),
                List.of("Fräsen"));
        UUID duplicate = create(
                token,
                base + " GmbH & Co. KG",
                "24837",
                null,
                List.of(Map.of(
                        "firstName",
                        "Zoe",
                        "lastName",
                        "Zweite",
                        "email",
                        "zweite@" + base.replace(" ", "") + ".example")),
                List.of("Drehen", "fräsen"));
        UUID contact = jdbc.queryForObject(
                "select id from organization_contact where organization_id = ?", UUID.class, duplicate);
        MvcResult logged = mvc.perform(postJson(
                                "/api/v1/interactions?network=" + NETWORK,
                                Map.of(
                                        "organizationId",
                                        duplicate,
                                        "contactId",
                                        contact,
                                        "kind",
                                        "VISIT",
                                        "subject",
                                        "Besuch beim Duplikat",
                                        "followUp",
                                        Map.of(
                                                "title",
                                                "Angebot",
                                                "dueDate",
                                                LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
                                                        .plusDays(5)
                                                        .toString())))
                        .with(as(token)))
                .andReturn();
        assertThat(logged.getResponse().getStatus()).isEqualTo(201);

        JsonNode pairs = okJson("/api/v1/organizations/duplicates?network=" + NETWORK, token);
        JsonNode pair = pairs.values().stream()
                .filter(p -> List.of(
                                p.get("first").get("id").asString(),
                                p.get("second").get("id").asString())
                        .containsAll(List.of(survivor.toString(), duplicate.toString())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the pair was not found: " + pairs));
        assertThat(pair.get("reasons").values().stream().map(JsonNode::asString).toList())
                .contains("SAME_NAME", "SAME_POSTAL_CODE");

        JsonNode preview = okJson("/api/v1/organizations/" + survivor + "/merge-preview?duplicate=" + duplicate, token);
        assertThat(preview.get("competencesAdded").values().stream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("Drehen");
        assertThat(preview.get("contactsAdded").values().stream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("Zoe Zweite");
        assertThat(countOrganizationsById(duplicate))
                .as("a preview changes nothing")
                .isEqualTo(1);

        MvcResult merged = mvc.perform(
                        postJson("/api/v1/organizations/" + survivor + "/merge", Map.of("duplicateId", duplicate))
                                .with(as(token)))
                .andReturn();

        assertThat(merged.getResponse().getStatus())
                .as(merged.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(countOrganizationsById(duplicate)).isZero();
        assertThat(jdbc.queryForList(
                        "select competence from organization_competence where organization_id = ? order by sort_order",
                        String.class,
                        survivor))
                .containsExactly("Fräsen", "Drehen");
        UUID movedContact = jdbc.queryForObject(
                "select id from organization_contact where organization_id = ? and last_name = 'Zweite'",
                UUID.class,
                survivor);
        assertThat(
                        jdbc.queryForMap(
                                "select organization_id, contact_id from crm_interaction where subject = 'Besuch beim Duplikat'"))
                .containsEntry("ORGANIZATION_ID", survivor)
                .containsEntry("CONTACT_ID", movedContact);
        assertThat(jdbc.queryForObject(
                        "select organization_id from crm_task where title = 'Angebot' and contact_id = ?",
                        UUID.class,
                        movedContact))
                .isEqualTo(survivor);
        assertThat(jdbc.queryForObject(
                        "select count(*) from membership m join network n on n.id = m.network_id"
                                + " where m.organization_id = ? and n.slug = ?",
                        Integer.class,
                        survivor,
                        NETWORK))
                .as("one membership record, with both histories")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from membership_change c join membership m on m.id = c.membership_id"
                                + " where m.organization_id = ?",
                        Integer.class,
                        survivor))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select action from organization_revision where organization_id = ? order by changed_at",
                        String.class,
                        survivor))
                .contains("CREATED", "MERGED")
                .as("the duplicate's history moved too")
                .filteredOn("CREATED"::equals)
                .hasSize(2);

        assertThat(mvc.perform(postJson("/api/v1/organizations/" + survivor + "/merge", Map.of("duplicateId", survivor))
                                .with(as(token)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(getAs("/api/v1/organizations/duplicates?network=" + NETWORK, tokenFor(office("lautern-impuls")))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private int countOrganizationsById(UUID id) {
        return jdbc.queryForObject("select count(*) from organization where id = ?", Integer.class, id);
    }

    private UUID create(
            String token,
            String name,
            String postalCode,
            String website,
            List<Map<String, String>> contacts,
            List<String> competences)
            throws Exception {
        String externalId = unique("dup");
        Map<String, Object> organization = organization(externalId, name, NETWORK);
        organization.put(
                "address", Map.of("street", "Hafen 1", "postalCode", postalCode, "city", "Schleswig", "country", "DE"));
        if (website != null) {
            organization.put("website", website);
        }
        organization.put("contacts", contacts);
        organization.put("competences", competences);
        MvcResult created = mvc.perform(
                        postJson("/api/v1/organizations", organization).with(as(token)))
                .andReturn();
        assertThat(created.getResponse().getStatus())
                .as(created.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(201);
        return organizationId(externalId);
    }
}
