package org.clusteratlas.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * GDPR through the API: the export finds a person in every module (account, contact entries, CRM interactions, mails),
 * the erasure removes them everywhere in one go while the records and figures stay, the search forgets them, consents
 * are recorded per network, and only platform admins may export or erase.
 */
class PrivacyApiTest extends AtlasIntegrationTest {

    @Test
    void thePersonIsExportedFromEveryModuleAndErasedEverywhereWhileTheRecordsStay() throws Exception {
        String admin = tokenFor(ADMIN);
        String office = tokenFor(office("it-westpfalz"));
        String email = unique("betroffene") + "@privacy.example";
        String surname =
                "Datenschutz" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        // An account, a contact entry on a member's profile, an interaction with the person, a mail to them.
        accounts.ensureVerifiedAccount(email, "Dora " + surname, "geheim-und-lang-genug", false);
        String externalId = unique("gdpr");
        Map<String, Object> organization = organization(externalId, unique("Datenhaus GmbH"), "it-westpfalz");
        organization.put(
                "contacts",
                List.of(Map.of(
                        "firstName", "Dora", "lastName", surname, "email", email, "topics", List.of("Datenschutz"))));
        assertThat(mvc.perform(postJson("/api/v1/organizations", organization).with(as(office)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
        UUID organizationId = organizationId(externalId);
        UUID contactId = jdbc.queryForObject(
                "select id from organization_contact where organization_id = ?", UUID.class, organizationId);
        MvcResult logged = mvc.perform(postJson(
                                "/api/v1/interactions?network=it-westpfalz",
                                Map.of(
                                        "organizationId",
                                        organizationId,
                                        "contactId",
                                        contactId,
                                        "kind",
                                        "CALL",
                                        "subject",
                                        "Beratung"))
                        .with(as(office)))
                .andReturn();
        assertThat(logged.getResponse().getStatus()).isEqualTo(201);
        jdbc.update(
                "insert into mail_message (id, recipient, subject, body, status, created_at) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                email,
                "Einladung",
                "Hallo Dora",
                "SENT",
                java.sql.Timestamp.from(Instant.now()));
        assertThat(okJson("/api/v1/search/contacts?q=" + surname, office).toString())
                .contains(surname);

        MvcResult exported = mvc.perform(
                        postJson("/api/v1/privacy/export", Map.of("email", email.toUpperCase(Locale.ROOT)))
                                .with(as(admin)))
                .andReturn();

        assertThat(exported.getResponse().getStatus())
                .as(exported.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        JsonNode data = body(exported).get("data");
        assertThat(data.get("accounts").values())
                .singleElement()
                .satisfies(a -> assertThat(a.get("displayName").asString()).isEqualTo("Dora " + surname));
        assertThat(data.get("contactPersons").values())
                .singleElement()
                .satisfies(c -> assertThat(c.get("lastName").asString()).isEqualTo(surname));
        assertThat(data.get("crm").values())
                .anySatisfy(r -> assertThat(r.get("subject").asString()).isEqualTo("Beratung"));
        assertThat(data.get("mails").values())
                .singleElement()
                .satisfies(m -> assertThat(m.get("subject").asString()).isEqualTo("Einladung"));

        MvcResult erased = mvc.perform(
                        postJson("/api/v1/privacy/erasure", Map.of("email", email, "reason", "Antrag vom 21.11.2026"))
                                .with(as(admin)))
                .andReturn();

        assertThat(erased.getResponse().getStatus()).isEqualTo(200);
        JsonNode outcome = body(erased);
        assertThat(outcome.get("accounts").asInt()).isEqualTo(1);
        assertThat(outcome.get("contactPersons").asInt()).isEqualTo(1);
        assertThat(outcome.get("mails").asInt()).isEqualTo(1);
        JsonNode after = body(mvc.perform(postJson("/api/v1/privacy/export", Map.of("email", email))
                                .with(as(admin)))
                        .andReturn())
                .get("data");
        assertThat(after.get("accounts").values()).isEmpty();
        assertThat(after.get("contactPersons").values()).isEmpty();
        assertThat(after.get("mails").values()).isEmpty();
        // The records stay for the figures, without the person.
        assertThat(jdbc.queryForObject(
                        "select contact_name from crm_interaction where organization_id = ?",
                        String.class,
                        organizationId))
                .isEqualTo("(gelöscht)");
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization_contact where organization_id = ?",
                        Integer.class,
                        organizationId))
                .isEqualTo(1);
        assertThat(okJson("/api/v1/search/contacts?q=" + surname, office).toString())
                .as("the search forgot the person")
                .doesNotContain(surname);
        assertThat(jdbc.queryForObject(
                        "select count(*) from privacy_request where kind = 'ERASURE' and reason = ?",
                        Integer.class,
                        "Antrag vom 21.11.2026"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from privacy_request where outcome like ? or email_hash like ?",
                        Integer.class,
                        "%" + email + "%",
                        "%@%"))
                .as("the log does not keep the address")
                .isZero();
    }

    @Test
    void consentsAreRecordedPerNetworkAndShownToItsOffice() throws Exception {
        String office = tokenFor(office("it-westpfalz"));
        String email = unique("einwilligung") + "@privacy.example";
        Map<String, Object> consent = Map.of(
                "email",
                email,
                "network",
                "it-westpfalz",
                "purpose",
                "NEWSLETTER",
                "granted",
                true,
                "source",
                "Anmeldeformular Stammtisch");
        MvcResult given = mvc.perform(
                        postJson("/api/v1/privacy/consents", consent).with(as(office)))
                .andReturn();
        assertThat(given.getResponse().getStatus())
                .as(given.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(201);
        assertThat(body(given).get("recordedBy").asString()).isNotBlank();
        MvcResult foreign = mvc.perform(
                        postJson("/api/v1/privacy/consents", consent).with(as(tokenFor(office("lautern-impuls")))))
                .andReturn();
        assertThat(foreign.getResponse().getStatus()).isEqualTo(403);
        MvcResult invalid = mvc.perform(postJson(
                                "/api/v1/privacy/consents",
                                Map.of("email", "kein-email", "purpose", "NEWSLETTER", "source", ""))
                        .with(as(office)))
                .andReturn();
        assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(invalid).get("errors"))).contains("email", "source", "granted");

        JsonNode records = okJson("/api/v1/privacy/consents?email=" + email, office);
        assertThat(records.values()).singleElement().satisfies(c -> {
            assertThat(c.get("purpose").asString()).isEqualTo("NEWSLETTER");
            assertThat(c.get("granted").asBoolean()).isTrue();
            assertThat(c.get("source").asString()).isEqualTo("Anmeldeformular Stammtisch");
        });
        assertThat(okJson("/api/v1/privacy/consents?email=" + email, tokenFor(office("lautern-impuls")))
                        .values())
                .as("another office does not see this network's records")
                .isEmpty();
        assertThat(getAs("/api/v1/privacy/consents?email=" + email, tokenFor(MEMBER))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void onlyPlatformAdminsExportOrErase() throws Exception {
        String office = tokenFor(office("it-westpfalz"));
        assertThat(mvc.perform(postJson("/api/v1/privacy/export", Map.of("email", "x@privacy.example"))
                                .with(as(office)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(postJson("/api/v1/privacy/erasure", Map.of("email", "x@privacy.example"))
                                .with(as(office)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(postJson("/api/v1/privacy/erasure", Map.of("email", ""))
                                .with(as(tokenFor(ADMIN))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }
}
