package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The contract's matchmaking on the demo data: partners for needs, reasons, distance, scopes, and leads. */
class MatchmakingApiTest extends AtlasIntegrationTest {

    @Test
    void aVehicleBuilderNeedingPowderCoatingIsMatchedWithTheCoatersAndTold() throws Exception {
        JsonNode matches = okJson("/api/v1/organizations/" + organizationId("demo-mc-001") + "/matches?size=10", null);
        List<String> ids = hitExternalIds(matches);
        assertThat(ids).doesNotContain("demo-mc-001");
        // Heinzelmann needs powder coating and hardening: the coaters of the region come first.
        assertThat(ids.subList(0, 3)).containsAnyOf("demo-mc-021", "demo-mc-010", "demo-mc-022");
        JsonNode coater = matches.get("hits").values().stream()
                .filter(h -> h.get("externalId").asString().equals("demo-mc-021"))
                .findFirst()
                .orElseThrow();
        assertThat(coater.get("distanceKm").asDouble()).isLessThan(10);
        assertThat(coater.get("score").asDouble()).isPositive();
        assertThat(coater.get("reasons").values()).anySatisfy(reason -> {
            assertThat(reason.get("need").asString()).startsWith("Pulverbeschichten");
            assertThat(reason.get("matchedBy").asString()).containsIgnoringCase("Pulverbeschichtung");
        });
        List<Double> scores = matches.get("hits").values().stream()
                .map(h -> h.get("score").asDouble())
                .toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theNearerOfTwoEqualPartnersRanksFirstAndScopesRestrict() throws Exception {
        String base = "/api/v1/organizations/" + organizationId("demo-mc-001") + "/matches?size=50";
        List<String> all = hitExternalIds(okJson(base, null));
        // Kurpfalz Pulverlack (Mannheim) offers the same as Lauterer Oberflächentechnik (Kaiserslautern), farther away.
        assertThat(all).contains("demo-mc-021", "demo-mc-023");
        assertThat(all.indexOf("demo-mc-021")).isLessThan(all.indexOf("demo-mc-023"));
        List<String> state = hitExternalIds(okJson(base + "&scope=STATE", null));
        assertThat(state).contains("demo-mc-021").doesNotContain("demo-mc-023");
        List<String> region = hitExternalIds(okJson(base + "&scope=REGION&radiusKm=20", null));
        assertThat(region).contains("demo-mc-021").doesNotContain("demo-mc-010", "demo-mc-023");
    }

    @Test
    void leadsShowWhoNeedsWhatACoaterOffers() throws Exception {
        String url = "/api/v1/organizations/" + organizationId("demo-mc-010") + "/leads?size=20";
        // The needs of demo-mc-004 and -008 are for members; anonymous visitors get only the public leads.
        assertThat(hitExternalIds(okJson(url, null)))
                .contains("demo-mc-001")
                .doesNotContain("demo-mc-004", "demo-mc-008");
        JsonNode leads = okJson(url, tokenFor(MEMBER));
        List<String> ids = hitExternalIds(leads);
        // demo-mc-017 needs powder coating too, but only its network office sees it.
        assertThat(ids)
                .contains("demo-mc-001", "demo-mc-004", "demo-mc-008")
                .doesNotContain("demo-mc-010", "demo-mc-017");
        JsonNode heinzelmann = leads.get("hits").values().stream()
                .filter(h -> h.get("externalId").asString().equals("demo-mc-001"))
                .findFirst()
                .orElseThrow();
        assertThat(heinzelmann.get("reasons").values())
                .anySatisfy(reason -> assertThat(reason.get("need").asString()).startsWith("Pulverbeschichten"));
    }

    @Test
    void unknownOrganizationIsNotFoundAndSizeIsBounded() throws Exception {
        assertThat(getAs("/api/v1/organizations/" + java.util.UUID.randomUUID() + "/matches", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(getAs("/api/v1/organizations/not-a-uuid/matches", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(okJson("/api/v1/organizations/" + organizationId("demo-mc-001") + "/matches?size=100000", null)
                        .get("hits")
                        .values()
                        .size())
                .isLessThanOrEqualTo(Matchmaking.MAX_SIZE);
    }
}
