package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

import java.util.List;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Saved searches and match alerts: subscribing, refusing bad ones, and the digest of what is new. */
class SearchAlertTest extends AtlasIntegrationTest {

    private static final String SUBSCRIBER = "abonnent.alerts@clusteratlas.example";

    @Autowired
    SearchAlertService alerts;

    private MvcResult create(String token, Object body) throws Exception {
        return mvc.perform(postJson("/api/v1/me/alerts", body).with(bearer(token)))
                .andReturn();
    }

    @Test
    void aSavedSearchMailsOnlyNewResultsTheSubscriberMaySee() throws Exception {
        accounts.ensureVerifiedAccount(SUBSCRIBER, "Anna Abonnentin", DEMO_PASSWORD, false);
        String token = tokenFor(SUBSCRIBER);
        String word = "Hafniumbeschichtung";
        MvcResult created = create(token, Map.of("kind", "SEARCH", "query", "q=" + word + "&near=67655"));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode alert = body(created);
        assertThat(alert.get("name").asString()).isEqualTo(word);
        jdbc.update(
                "update search_alert set last_checked_at = last_checked_at - interval '1' hour where id = ?",
                java.util.UUID.fromString(alert.get("id").asString()));

        String visible = unique("alert-public");
        Map<String, Object> open = organization(visible, "Öffentliche Hafnium GmbH " + visible, "metall-kl");
        open.put("competences", List.of(word));
        String hidden = unique("alert-members");
        Map<String, Object> membersOnly = organization(hidden, "Verborgene Hafnium GmbH " + hidden, "metall-kl");
        membersOnly.put("competences", List.of(word));
        membersOnly.put("visibility", "MEMBERS");
        importLines(ADMIN_TOKEN, List.of(toJson(open), toJson(membersOnly)));

        assertThat(alerts.sendDigests()).isPositive();
        List<String> mails = mailsTo(SUBSCRIBER);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst()).contains("Öffentliche Hafnium GmbH").doesNotContain("Verborgene");

        // Nothing new since: no second mail.
        alerts.sendDigests();
        assertThat(mailsTo(SUBSCRIBER)).hasSize(1);

        assertThat(body(getAs("/api/v1/me/alerts", token)).values()).hasSize(1);
        assertThat(mvc.perform(delete("/api/v1/me/alerts/" + alert.get("id").asString())
                                .with(bearer(token)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        assertThat(body(getAs("/api/v1/me/alerts", token)).values()).isEmpty();
    }

    @Test
    void badAlertsAreRefusedWithAReason() throws Exception {
        String member = tokenFor(MEMBER);
        MvcResult noQuery = create(member, Map.of("kind", "SEARCH"));
        assertThat(noQuery.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(noQuery).get("errors"))).containsExactly("query");
        MvcResult unknownPlace = create(member, Map.of("kind", "SEARCH", "query", "q=Laser&near=00000"));
        assertThat(unknownPlace.getResponse().getStatus()).isEqualTo(400);
        MvcResult badKind = create(member, Map.of("kind", "SEARCH", "query", "kind=SPACESHIP"));
        assertThat(errorFields(body(badKind).get("errors"))).containsExactly("query");
        // Matches of an organization are for its editors and office.
        MvcResult notEditor = create(
                member,
                Map.of(
                        "kind",
                        "MATCHES",
                        "organizationId",
                        organizationId("demo-mc-001").toString()));
        assertThat(notEditor.getResponse().getStatus()).isEqualTo(403);
        assertThat(getAs("/api/v1/me/alerts", null).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void theOfficeSubscribesToNewMatchesOfAMember() throws Exception {
        String office = tokenFor(office("metall-kl"));
        MvcResult created = create(
                office,
                Map.of(
                        "kind",
                        "MATCHES",
                        "organizationId",
                        organizationId("demo-mc-001").toString()));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(created).get("name").asString()).startsWith("Heinzelmann");
    }
}
