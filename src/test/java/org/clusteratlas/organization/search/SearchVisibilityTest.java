package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Nothing hidden leaks through search: not through hits, facet counts, highlights, matches or contacts. Words unique
 * to this test ("Zirkonoxidsintern", "Tantalfräsen", "Niobgießen") live only in sections hidden from some readers.
 */
class SearchVisibilityTest extends AtlasIntegrationTest {

    private static final String OUTSIDER = "aussenstehend.search@clusteratlas.example";

    // Created once for the class: the words are unique to these organizations, and the assertions count them.
    private static String members;
    private static String hiddenOffer;
    private static String seeker;
    private static String draft;

    @BeforeEach
    void organizations() throws Exception {
        if (members != null) {
            return;
        }
        accounts.ensureVerifiedAccount(OUTSIDER, "Außenstehend", DEMO_PASSWORD, false);
        members = unique("vis-members");
        hiddenOffer = unique("vis-offer");
        seeker = unique("vis-seeker");
        draft = unique("vis-draft");

        Map<String, Object> membersOnly = organization(members, "Keramikwerk Zirkon " + members, "it-westpfalz");
        membersOnly.put("visibility", "MEMBERS");
        membersOnly.put("competences", List.of("Zirkonoxidsintern"));

        Map<String, Object> offerHidden = organization(hiddenOffer, "Offenbau Metall " + hiddenOffer, "it-westpfalz");
        offerHidden.put("competences", List.of("Schlosserei"));
        offerHidden.put(
                "offers", List.of(Map.of("title", "Tantalfräsen für Offenbau-Kunden", "description", "Vertraulich")));
        offerHidden.put(
                "needs", List.of(Map.of("title", "Niobgießen", "description", "Wir suchen eine Gießerei für Niob")));
        offerHidden.put("sectionVisibility", Map.of("offers", "NETWORK_OFFICE", "needs", "MEMBERS"));
        offerHidden.put(
                "contacts",
                List.of(Map.of(
                        "firstName", "Vera",
                        "lastName", "Verborgen",
                        "role", "Vertrieb",
                        "topics", List.of("Tantalfräsen"))));

        Map<String, Object> seeking = organization(seeker, "Suchbetrieb " + seeker, "metall-kl");
        seeking.put("needs", List.of(Map.of("title", "Tantalfräsen", "description", "Kleinserie")));

        Map<String, Object> drafted = organization(draft, "Entwurfsbetrieb " + draft, "it-westpfalz");
        drafted.put("competences", List.of("Zirkonoxidsintern"));
        drafted.put("status", "DRAFT");

        importLines(ADMIN_TOKEN, List.of(toJson(membersOnly), toJson(offerHidden), toJson(seeking), toJson(drafted)));
    }

    private String member() {
        return tokenFor(MEMBER);
    }

    private String office() {
        return tokenFor(office("it-westpfalz"));
    }

    @Test
    void membersOnlyOrganizationsAndDraftsAreInvisibleToOutsidersAndUncounted() throws Exception {
        String url = "/api/v1/search/organizations?q=Zirkonoxidsintern";
        JsonNode anonymous = okJson(url, null);
        assertThat(hitExternalIds(anonymous)).isEmpty();
        assertThat(anonymous.get("total").asLong()).isZero();
        assertThat(anonymous.get("facets").get("kind").values()).isEmpty();
        assertThat(anonymous.get("facets").get("network").values()).isEmpty();
        assertThat(hitExternalIds(okJson(url, tokenFor(OUTSIDER)))).isEmpty();

        assertThat(hitExternalIds(okJson(url, member()))).containsExactly(members);
        assertThat(okJson(url, member())
                        .get("facets")
                        .get("network")
                        .get("it-westpfalz")
                        .asLong())
                .isEqualTo(1);
        // The draft: its network's office and admins only.
        assertThat(hitExternalIds(okJson(url, office()))).containsExactlyInAnyOrder(members, draft);
        assertThat(hitExternalIds(okJson(url, ADMIN_TOKEN))).containsExactlyInAnyOrder(members, draft);
    }

    @Test
    void textOfAHiddenSectionNeitherMatchesNorHighlights() throws Exception {
        String hidden = "/api/v1/search/organizations?q=Tantalfr%C3%A4sen";
        assertThat(hitExternalIds(okJson(hidden, null))).doesNotContain(hiddenOffer);
        assertThat(hitExternalIds(okJson(hidden, member()))).doesNotContain(hiddenOffer);
        assertThat(hitExternalIds(okJson(hidden, office()))).contains(hiddenOffer);

        // Found by its public name, the hit must not quote the hidden offer that also contains the word.
        JsonNode byName = okJson("/api/v1/search/organizations?q=Offenbau", null);
        JsonNode hit = byName.get("hits").values().stream()
                .filter(h -> h.get("externalId").asString().equals(hiddenOffer))
                .findFirst()
                .orElseThrow();
        assertThat(hit.get("highlights").toString()).contains("<mark>").doesNotContain("Tantal");
        JsonNode officeHit = okJson("/api/v1/search/organizations?q=Offenbau", office()).get("hits").values().stream()
                .filter(h -> h.get("externalId").asString().equals(hiddenOffer))
                .findFirst()
                .orElseThrow();
        assertThat(officeHit.get("highlights").toString()).contains("Tantal");
    }

    @Test
    void needSearchRespectsTheNeedsSection() throws Exception {
        String url = "/api/v1/search/organizations?scope=NEEDS&q=Niobgie%C3%9Fen";
        assertThat(hitExternalIds(okJson(url, null))).doesNotContain(hiddenOffer);
        assertThat(okJson(url, null).get("total").asLong()).isZero();
        assertThat(hitExternalIds(okJson(url, member()))).contains(hiddenOffer);
    }

    @Test
    void matchesNeverUseAnOfferTheAskerMayNotSee() throws Exception {
        String url = "/api/v1/organizations/" + organizationId(seeker) + "/matches?size=50";
        assertThat(hitExternalIds(okJson(url, null)))
                .doesNotContain(hiddenOffer)
                .doesNotContain(seeker);
        JsonNode office = okJson(url, office());
        assertThat(hitExternalIds(office)).contains(hiddenOffer).doesNotContain(seeker);
        JsonNode match = office.get("hits").values().stream()
                .filter(h -> h.get("externalId").asString().equals(hiddenOffer))
                .findFirst()
                .orElseThrow();
        assertThat(match.get("reasons").get(0).get("need").asString()).isEqualTo("Tantalfräsen");
        assertThat(match.get("reasons").get(0).get("matchedBy").asString()).contains("Tantalfräsen");
        // Hidden needs yield no matches at all for those who may not read them.
        String hiddenNeeds = "/api/v1/organizations/" + organizationId(hiddenOffer) + "/matches";
        assertThat(okJson(hiddenNeeds, null).get("hits").values()).isEmpty();
        // An organization the asker may not see does not exist for them.
        assertThat(getEncoded("/api/v1/organizations/" + organizationId(members) + "/matches", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void contactSearchIsForSignedInPeopleAndHidesHiddenContacts() throws Exception {
        String url = "/api/v1/search/contacts?q=Tantalfr%C3%A4sen";
        assertThat(getEncoded(url, null).getResponse().getStatus()).isEqualTo(401);
        JsonNode member = okJson(url, member());
        assertThat(member.get("hits").values())
                .anySatisfy(h -> assertThat(h.get("name").asString()).isEqualTo("Vera Verborgen"));
        JsonNode hit = member.get("hits").get(0);
        assertThat(hit.get("organization").get("externalId").asString()).isEqualTo(hiddenOffer);
        assertThat(hit.get("role").asString()).isEqualTo("Vertrieb");
        assertThat(hit.get("topics").get(0).asString()).isEqualTo("Tantalfräsen");
    }
}
