package org.clusteratlas.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Membership records through the API: an organization the office adds to its network is an active member with a
 * history; the lifecycle applicant → active → suspended → terminated moves it into and out of the network, with
 * reasons and dates; types are the network's own; and no office sees another network's records.
 */
class MembershipRecordsApiTest extends AtlasIntegrationTest {

    static final String NETWORK_A = "it-westpfalz";
    static final String NETWORK_B = "lautern-impuls";

    private String officeA;
    private String officeB;

    @BeforeEach
    void fixture() {
        officeA = tokenFor(office(NETWORK_A));
        officeB = tokenFor(office(NETWORK_B));
    }

    private MvcResult send(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.with(as(token))).andReturn();
    }

    private MockHttpServletRequestBuilder patchJson(String url, Object body, String ifMatch) {
        MockHttpServletRequestBuilder request =
                patch(url).contentType(MediaType.APPLICATION_JSON).content(toJson(body));
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private UUID newOrganization(String network, String token) throws Exception {
        String externalId = unique("ms");
        MvcResult created = send(
                postJson("/api/v1/organizations", organization(externalId, unique("Mitglied GmbH"), network)), token);
        assertThat(created.getResponse().getStatus())
                .as(created.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(201);
        return organizationId(externalId);
    }

    private JsonNode membershipOf(UUID organizationId, String network, String token) throws Exception {
        return okJson("/api/v1/memberships?network=" + network, token).values().stream()
                .filter(m -> m.get("organizationId").asString().equals(organizationId.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no membership of " + organizationId + " in " + network));
    }

    private List<String> networksOf(UUID organizationId) {
        return jdbc.queryForList(
                "select n.slug from organization_network o join network n on n.id = o.network_id"
                        + " where o.organization_id = ? order by n.slug",
                String.class,
                organizationId);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void anOrganizationTheOfficeAddsToItsNetworkIsAnActiveFullMemberSinceToday() throws Exception {
        UUID organization = newOrganization(NETWORK_A, officeA);

        JsonNode listed = membershipOf(organization, NETWORK_A, officeA);

        assertThat(listed.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(listed.get("type").asString()).isEqualTo("full");
        assertThat(listed.get("typeName").asString()).isEqualTo("Vollmitglied");
        assertThat(listed.get("feeCategory").asString()).isEqualTo("STANDARD");
        assertThat(listed.get("since").asString()).isEqualTo(today().toString());
        MvcResult one = send(get("/api/v1/memberships/" + listed.get("id").asString()), officeA);
        assertThat(one.getResponse().getStatus()).isEqualTo(200);
        assertThat(one.getResponse().getHeader("ETag"))
                .isEqualTo("\"" + listed.get("version").asLong() + "\"");
        JsonNode history = body(one).get("history");
        assertThat(history.values()).singleElement().satisfies(change -> {
            assertThat(change.get("toStatus").asString()).isEqualTo("ACTIVE");
            assertThat(change.get("changedBy").asString()).isNotBlank();
        });
        // Only the active ones when asked for them.
        assertThat(okJson("/api/v1/memberships?network=" + NETWORK_A + "&status=TERMINATED", officeA)
                        .values())
                .noneSatisfy(m -> assertThat(m.get("organizationId").asString()).isEqualTo(organization.toString()));
    }

    @Test
    void theLifecycleMovesTheMemberOutOfAndBackIntoTheNetworkWithReasonsDatesAndHistory() throws Exception {
        UUID organization = newOrganization(NETWORK_A, officeA);
        String id = membershipOf(organization, NETWORK_A, officeA).get("id").asString();
        String url = "/api/v1/memberships/" + id;

        MvcResult noReason = send(patchJson(url, Map.of("status", "SUSPENDED"), null), officeA);
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(noReason.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(errorFields(body(noReason).get("errors"))).containsExactly("reason");

        MvcResult suspended =
                send(patchJson(url, Map.of("status", "SUSPENDED", "reason", "Beitrag offen"), null), officeA);
        assertThat(suspended.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(suspended).get("statusReason").asString()).isEqualTo("Beitrag offen");
        assertThat(networksOf(organization))
                .as("a suspended member stays in the network")
                .contains(NETWORK_A);

        // An ETag of an older version is refused instead of overwriting the suspension.
        MvcResult stale = send(patchJson(url, Map.of("feeCategory", "REDUCED"), "\"0\""), officeA);
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);

        Map<String, Object> terminate = new LinkedHashMap<>();
        terminate.put("status", "TERMINATED");
        terminate.put("reason", "Gekündigt zum Jahresende");
        terminate.put("effectiveOn", today().minusDays(1).toString());
        MvcResult terminated =
                send(patchJson(url, terminate, suspended.getResponse().getHeader("ETag")), officeA);
        assertThat(terminated.getResponse().getStatus())
                .as(terminated.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(body(terminated).get("endedOn").asString())
                .isEqualTo(today().minusDays(1).toString());
        assertThat(networksOf(organization))
                .as("a terminated member leaves the network")
                .doesNotContain(NETWORK_A);

        MvcResult backwards = send(patchJson(url, Map.of("status", "SUSPENDED", "reason", "x"), null), officeA);
        assertThat(backwards.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(backwards).get("errors").get(0).get("message").asString())
                .contains("Beendet", "Ruhend", "Bewerber", "Aktiv");

        MvcResult resumed = send(patchJson(url, Map.of("status", "ACTIVE", "feeCategory", "REDUCED"), null), officeA);
        assertThat(resumed.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(resumed).get("endedOn").isNull()).isTrue();
        assertThat(body(resumed).get("feeCategory").asString()).isEqualTo("REDUCED");
        assertThat(networksOf(organization)).contains(NETWORK_A);
        assertThat(body(resumed).get("history").values().stream()
                        .map(c -> c.get("toStatus").asString())
                        .toList())
                .containsExactly("ACTIVE", "SUSPENDED", "TERMINATED", "ACTIVE");

        // Moving the organization to another network by its profile ends the membership too.
        Map<String, Object> profile = organization(
                jdbc.queryForObject("select external_id from organization where id = ?", String.class, organization),
                jdbc.queryForObject("select name from organization where id = ?", String.class, organization),
                NETWORK_A);
        profile.put("networks", List.of(NETWORK_B));
        MvcResult removed = send(
                put("/api/v1/organizations/" + organization)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(profile)),
                tokenFor(ADMIN));
        assertThat(removed.getResponse().getStatus())
                .as(removed.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        JsonNode ended = okJson(url, officeA);
        assertThat(ended.get("status").asString()).isEqualTo("TERMINATED");
        assertThat(ended.get("statusReason").asString()).contains("Profiländerung");
        assertThat(membershipOf(organization, NETWORK_B, officeB).get("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void anOfficeRecordsAnApplicantOfAnotherNetworksMemberAndAdmitsIt() throws Exception {
        UUID organization = newOrganization(NETWORK_B, officeB);
        String create = "/api/v1/memberships?network=" + NETWORK_A;

        MvcResult unknownType = send(
                postJson(create, Map.of("organizationId", organization, "type", "gold", "status", "APPLICANT")),
                officeA);
        assertThat(unknownType.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(unknownType).get("errors").get(0).get("message").asString())
                .contains("full", "supporting", "honorary");

        MvcResult applied = send(
                postJson(create, Map.of("organizationId", organization, "type", "supporting", "status", "APPLICANT")),
                officeA);
        assertThat(applied.getResponse().getStatus()).isEqualTo(201);
        JsonNode applicant = body(applied);
        assertThat(applicant.get("appliedOn").asString()).isEqualTo(today().toString());
        assertThat(applied.getResponse().getHeader("Location"))
                .endsWith(applicant.get("id").asString());
        assertThat(networksOf(organization))
                .as("an applicant is not in the network yet")
                .containsExactly(NETWORK_B);

        MvcResult twice = send(postJson(create, Map.of("organizationId", organization)), officeA);
        assertThat(twice.getResponse().getStatus()).isEqualTo(409);

        MvcResult admitted = send(
                patchJson("/api/v1/memberships/" + applicant.get("id").asString(), Map.of("status", "ACTIVE"), null),
                officeA);
        assertThat(admitted.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(admitted).get("since").asString()).isEqualTo(today().toString());
        assertThat(networksOf(organization)).containsExactly(NETWORK_A, NETWORK_B);
        // Network B's record is untouched by A's decision.
        assertThat(membershipOf(organization, NETWORK_B, officeB).get("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void eachNetworkConfiguresItsTypesAndCannotDropOneStillHeld() throws Exception {
        String url = "/api/v1/membership-types?network=" + NETWORK_B;
        List<Map<String, String>> types = List.of(
                Map.of("code", "full", "nameDe", "Vollmitglied", "nameEn", "Full member"),
                Map.of("code", "sponsor", "nameDe", "Sponsor", "nameEn", "Sponsor"));

        MvcResult replaced =
                send(put(url).contentType(MediaType.APPLICATION_JSON).content(toJson(types)), officeB);

        assertThat(replaced.getResponse().getStatus()).isEqualTo(200);
        assertThat(okJson(url, null).values().stream()
                        .map(t -> t.get("code").asString())
                        .toList())
                .as("public")
                .containsExactly("full", "sponsor");
        assertThat(okJson("/api/v1/membership-types?network=" + NETWORK_A, null).values().stream()
                        .map(t -> t.get("code").asString())
                        .toList())
                .as("the other network keeps the defaults")
                .containsExactly("full", "supporting", "partner", "curator", "honorary");

        MvcResult dropFull =
                send(put(url).contentType(MediaType.APPLICATION_JSON).content(toJson(List.of(types.get(1)))), officeB);
        assertThat(dropFull.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(dropFull).get("errors").get(0).get("message").asString())
                .contains("full");

        MvcResult bad = send(
                put(url).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(List.of(Map.of("code", "Gold Plus", "nameDe", "", "nameEn", "Gold")))),
                officeB);
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(bad).get("errors"))).contains("types[0].code", "types[0].nameDe");

        MvcResult foreign =
                send(put(url).contentType(MediaType.APPLICATION_JSON).content(toJson(types)), officeA);
        assertThat(foreign.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void noOfficeSeesOrChangesAnotherNetworksMemberships() throws Exception {
        UUID organization = newOrganization(NETWORK_A, officeA);
        String id = membershipOf(organization, NETWORK_A, officeA).get("id").asString();

        assertThat(send(get("/api/v1/memberships?network=" + NETWORK_A), officeB)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(get("/api/v1/memberships/" + id), officeB).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(send(
                                patchJson(
                                        "/api/v1/memberships/" + id,
                                        Map.of("status", "SUSPENDED", "reason", "x"),
                                        null),
                                officeB)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(
                                postJson(
                                        "/api/v1/memberships?network=" + NETWORK_A,
                                        Map.of("organizationId", newOrganization(NETWORK_B, officeB))),
                                officeB)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(get("/api/v1/memberships?network=" + NETWORK_A), null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(okJson("/api/v1/memberships/" + id, officeA).get("status").asString())
                .isEqualTo("ACTIVE");
    }

    private static MockHttpServletRequestBuilder get(String url) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url);
    }
}
