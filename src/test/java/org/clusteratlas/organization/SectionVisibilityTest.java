package org.clusteratlas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.identity.NetworkRole;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * Anonymous callers never see MEMBERS or NETWORK_OFFICE data: neither single sections of a public profile nor whole
 * members-only, office-only or draft profiles, through the API as well as on the pages.
 */
class SectionVisibilityTest extends AtlasPageTest {

    private static final String NETWORK = "metall-kl";

    /** The texts of one imported profile, each unique, so that a page can be searched for them. */
    private record Profile(
            UUID id,
            String slug,
            String name,
            String offerTitle,
            String needTitle,
            String contactLastName,
            String contactEmail,
            String machineKind,
            String referenceTitle) {}

    /**
     * Imports a public profile of metall-kl with every section filled; needs and machinery are for members, the
     * contacts for the office only.
     */
    private Profile importProfileWithPrivateSections() throws Exception {
        String externalId = unique("sections");
        String suffix = externalId.substring(externalId.lastIndexOf('-') + 1);
        String name = "Sichtwerk " + suffix;
        String offerTitle = "Offenes Angebot " + suffix;
        String needTitle = "Geheimer Bedarf " + suffix;
        String contactLastName = "Verborgen" + suffix;
        String contactEmail = "kontakt-" + suffix + "@sichtwerk.example";
        String machineKind = "Geheime Presse " + suffix;
        String referenceTitle = "Referenzprojekt " + suffix;
        Map<String, Object> organization = organization(externalId, name, NETWORK);
        organization.put("offers", List.of(Map.of("title", offerTitle, "description", "für alle")));
        organization.put("needs", List.of(Map.of("title", needTitle, "description", "nur Mitglieder")));
        organization.put(
                "contacts",
                List.of(Map.of(
                        "firstName",
                        "Vera",
                        "lastName",
                        contactLastName,
                        "email",
                        contactEmail,
                        "phone",
                        "+49 631 555-0101")));
        organization.put("machinery", List.of(Map.of("kind", machineKind, "details", "400 t")));
        organization.put("references", List.of(Map.of("title", referenceTitle, "year", 2024)));
        organization.put(
                "sectionVisibility", Map.of("needs", "MEMBERS", "contacts", "NETWORK_OFFICE", "machinery", "MEMBERS"));
        JsonNode result = importLines(ADMIN_TOKEN, List.of(toJson(organization)));
        assertThat(result.path("created").asInt()).as("import %s", result).isEqualTo(1);
        UUID id = organizationId(externalId);
        String slug = jdbc.queryForObject("select slug from organization where id = ?", String.class, id);
        return new Profile(
                id, slug, name, offerTitle, needTitle, contactLastName, contactEmail, machineKind, referenceTitle);
    }

    /** Imports a minimal profile of metall-kl with that visibility and status; returns its id. */
    private UUID importProfile(String name, String visibility, String status) throws Exception {
        String externalId = unique("vis");
        Map<String, Object> organization = organization(externalId, name, NETWORK);
        organization.put("visibility", visibility);
        organization.put("status", status);
        JsonNode result = importLines(ADMIN_TOKEN, List.of(toJson(organization)));
        assertThat(result.path("created").asInt()).as("import %s", result).isEqualTo(1);
        return organizationId(externalId);
    }

    private String slugOf(UUID id) {
        return jdbc.queryForObject("select slug from organization where id = ?", String.class, id);
    }

    private JsonNode apiGet(UUID id, String tokenOrNull) throws Exception {
        MvcResult result = getAs("/api/v1/organizations/" + id, tokenOrNull);
        assertThat(result.getResponse().getStatus())
                .as("GET of the organization")
                .isEqualTo(200);
        return body(result);
    }

    private MvcResult profilePage(String slug, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/o/" + slug).with(who)).andReturn();
    }

    private static RequestPostProcessor anonymous() {
        return request -> request;
    }

    private static List<String> titles(JsonNode entries, String field) {
        return entries.values().stream().map(e -> e.path(field).asString()).toList();
    }

    /** The API list's total for a search by name, as the token's owner (anonymous for null). */
    private long apiListTotal(String name, String tokenOrNull) throws Exception {
        MvcResult result = mvc.perform(
                        get("/api/v1/organizations").param("q", name).with(as(tokenOrNull)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return body(result).path("total").asLong();
    }

    /** The slugs linked in the page list's results for a search by name. */
    private List<String> pageListSlugs(String name, RequestPostProcessor who) throws Exception {
        Document page = page(
                mvc.perform(get("/organizations").param("q", name).with(who)).andReturn());
        return page.select("#results a[href^=/o/]").stream()
                .map(link -> link.attr("href").substring("/o/".length()))
                .toList();
    }

    private String resultCountText(String name, RequestPostProcessor who) throws Exception {
        Document page = page(
                mvc.perform(get("/organizations").param("q", name).with(who)).andReturn());
        return page.select("#results p.small").text();
    }

    // --- sections of a public profile ---

    @Test
    void anonymousApiCallerGetsThePublicSectionsButNoMembersOrOfficeSections() throws Exception {
        Profile profile = importProfileWithPrivateSections();

        JsonNode organization = apiGet(profile.id(), null);

        assertThat(organization.path("needs").isArray()).isTrue();
        assertThat(organization.path("needs").size())
                .as("needs are for members")
                .isZero();
        assertThat(organization.path("contacts").isArray()).isTrue();
        assertThat(organization.path("contacts").size())
                .as("contacts are for the office")
                .isZero();
        assertThat(organization.path("machinery").isArray()).isTrue();
        assertThat(organization.path("machinery").size())
                .as("machinery is for members")
                .isZero();
        assertThat(titles(organization.path("offers"), "title")).containsExactly(profile.offerTitle());
        assertThat(titles(organization.path("references"), "title"))
                .as("a section without an entry is as visible as the organization")
                .containsExactly(profile.referenceTitle());
        assertThat(organization.toString())
                .doesNotContain(profile.needTitle())
                .doesNotContain(profile.contactLastName())
                .doesNotContain(profile.contactEmail())
                .doesNotContain(profile.machineKind());
    }

    @Test
    void anonymousProfilePageShowsTheOfferButNoMembersOrOfficeSections() throws Exception {
        Profile profile = importProfileWithPrivateSections();

        MvcResult result = profilePage(profile.slug(), anonymous());

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String html = html(result);
        assertThat(html).contains(profile.offerTitle()).contains(profile.referenceTitle());
        assertThat(html)
                .doesNotContain(profile.needTitle())
                .doesNotContain(profile.contactLastName())
                .doesNotContain(profile.contactEmail())
                .doesNotContain(profile.machineKind());
    }

    @Test
    void memberOfAFederatedNetworkSeesMembersSectionsButNotTheOfficeOnlyContacts() throws Exception {
        Profile profile = importProfileWithPrivateSections();

        JsonNode organization = apiGet(profile.id(), tokenFor(MEMBER));

        assertThat(titles(organization.path("needs"), "title")).containsExactly(profile.needTitle());
        assertThat(titles(organization.path("machinery"), "kind")).containsExactly(profile.machineKind());
        assertThat(titles(organization.path("offers"), "title")).containsExactly(profile.offerTitle());
        assertThat(organization.path("contacts").size()).isZero();
        assertThat(organization.toString())
                .doesNotContain(profile.contactLastName())
                .doesNotContain(profile.contactEmail());

        MvcResult page = profilePage(profile.slug(), signedIn(MEMBER));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(page))
                .contains(profile.needTitle())
                .contains(profile.machineKind())
                .contains(profile.offerTitle())
                .doesNotContain(profile.contactLastName())
                .doesNotContain(profile.contactEmail());
    }

    @Test
    void officeOfTheOrganizationsNetworkSeesEverySection() throws Exception {
        Profile profile = importProfileWithPrivateSections();

        JsonNode organization = apiGet(profile.id(), tokenFor(office(NETWORK)));

        assertThat(titles(organization.path("needs"), "title")).containsExactly(profile.needTitle());
        assertThat(titles(organization.path("machinery"), "kind")).containsExactly(profile.machineKind());
        assertThat(titles(organization.path("offers"), "title")).containsExactly(profile.offerTitle());
        assertThat(titles(organization.path("contacts"), "lastName")).containsExactly(profile.contactLastName());
        assertThat(titles(organization.path("contacts"), "email")).containsExactly(profile.contactEmail());

        MvcResult page = profilePage(profile.slug(), signedIn(office(NETWORK)));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(page))
                .contains(profile.needTitle())
                .contains(profile.machineKind())
                .contains(profile.offerTitle())
                .contains(profile.contactLastName())
                .contains(profile.contactEmail());
    }

    @Test
    void officeOfAFederatedButForeignNetworkSeesMembersSectionsOnly() throws Exception {
        Profile profile = importProfileWithPrivateSections();

        JsonNode organization = apiGet(profile.id(), tokenFor(office("it-westpfalz")));

        assertThat(titles(organization.path("needs"), "title")).containsExactly(profile.needTitle());
        assertThat(organization.path("contacts").size())
                .as("the office of another network is no office of this organization")
                .isZero();
    }

    @Test
    void savingTheEditFormUnchangedKeepsTheSectionsHidden() throws Exception {
        Profile profile = importProfileWithPrivateSections();
        Element form = page(mvc.perform(get("/o/" + profile.slug() + "/edit").with(signedIn(office(NETWORK))))
                        .andReturn())
                .getElementById("organization-form");
        assertThat(form).isNotNull();
        MultiValueMap<String, String> values = formValues(form);
        assertThat(values.getFirst("contactsVisibility")).isEqualTo("NETWORK_OFFICE");

        MvcResult saved = mvc.perform(post("/o/" + profile.slug() + "/edit")
                        .with(params(values))
                        .with(csrf())
                        .with(signedIn(office(NETWORK))))
                .andReturn();

        assertThat(saved.getResponse().getStatus()).as("body %s", html(saved)).isEqualTo(302);
        JsonNode organization = apiGet(profile.id(), null);
        assertThat(organization.path("needs").size()).isZero();
        assertThat(organization.path("contacts").size()).isZero();
        assertThat(organization.path("machinery").size()).isZero();
        assertThat(html(profilePage(profile.slug(), anonymous())))
                .contains(profile.offerTitle())
                .doesNotContain(profile.needTitle())
                .doesNotContain(profile.contactEmail())
                .doesNotContain(profile.machineKind());
        assertThat(apiGet(profile.id(), tokenFor(office(NETWORK)))
                        .path("contacts")
                        .size())
                .as("the contacts are still there for the office")
                .isEqualTo(1);
    }

    // --- whole profiles ---

    @Test
    void membersOnlyProfileIsNotFoundAndNotListedForAnonymousCallers() throws Exception {
        String name = "Mitgliederprofil " + unique("m");
        UUID id = importProfile(name, "MEMBERS", "PUBLISHED");
        String slug = slugOf(id);

        assertThat(getAs("/api/v1/organizations/" + id, null).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(profilePage(slug, anonymous()).getResponse().getStatus()).isEqualTo(404);
        assertThat(apiListTotal(name, null)).isZero();
        assertThat(pageListSlugs(name, anonymous())).doesNotContain(slug);
        assertThat(resultCountText(name, anonymous())).contains("0");

        assertThat(apiListTotal(name, tokenFor(MEMBER)))
                .as("the member of a federated network does see it")
                .isEqualTo(1);
        assertThat(pageListSlugs(name, signedIn(MEMBER))).containsExactly(slug);
    }

    @Test
    void anonymousListTotalsCountOnlyPublishedPublicProfiles() throws Exception {
        importProfile("Gezählt nicht " + unique("m"), "MEMBERS", "PUBLISHED");
        importProfile("Gezählt nicht " + unique("o"), "NETWORK_OFFICE", "PUBLISHED");
        importProfile("Gezählt nicht " + unique("d"), "PUBLIC", "DRAFT");
        Integer publicCount = jdbc.queryForObject(
                "select count(*) from organization where visibility = 'PUBLIC' and status = 'PUBLISHED'",
                Integer.class);

        MvcResult api =
                mvc.perform(get("/api/v1/organizations").param("size", "1")).andReturn();
        String countText = resultCountText("", anonymous());

        assertThat(body(api).path("total").asLong()).isEqualTo(publicCount.longValue());
        assertThat(countText).endsWith(" " + publicCount);
    }

    @Test
    void officeOnlyProfileIsNotFoundAndNotListedForAMemberOfAFederatedNetwork() throws Exception {
        String name = "Büroprofil " + unique("o");
        UUID id = importProfile(name, "NETWORK_OFFICE", "PUBLISHED");
        String slug = slugOf(id);

        assertThat(getAs("/api/v1/organizations/" + id, tokenFor(MEMBER))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(profilePage(slug, signedIn(MEMBER)).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(apiListTotal(name, tokenFor(MEMBER))).isZero();
        assertThat(pageListSlugs(name, signedIn(MEMBER))).isEmpty();

        assertThat(apiListTotal(name, tokenFor(office(NETWORK)))).isEqualTo(1);
    }

    @Test
    void draftIsInvisibleForAnonymousCallersAndMembersEvenWhenPublic() throws Exception {
        String name = "Entwurfsprofil " + unique("d");
        UUID id = importProfile(name, "PUBLIC", "DRAFT");
        String slug = slugOf(id);

        assertThat(getAs("/api/v1/organizations/" + id, null).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(profilePage(slug, anonymous()).getResponse().getStatus()).isEqualTo(404);
        assertThat(apiListTotal(name, null)).isZero();
        assertThat(pageListSlugs(name, anonymous())).isEmpty();

        assertThat(getAs("/api/v1/organizations/" + id, tokenFor(MEMBER))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(profilePage(slug, signedIn(MEMBER)).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(apiListTotal(name, tokenFor(MEMBER))).isZero();
        assertThat(pageListSlugs(name, signedIn(MEMBER))).isEmpty();
    }

    @Test
    void draftIsVisibleToTheOfficeOfItsNetworkWithTheDraftNote() throws Exception {
        String name = "Entwurfsprofil " + unique("d");
        UUID id = importProfile(name, "PUBLIC", "DRAFT");
        String slug = slugOf(id);

        JsonNode organization = apiGet(id, tokenFor(office(NETWORK)));
        assertThat(organization.path("status").asString()).isEqualTo("DRAFT");
        assertThat(apiListTotal(name, tokenFor(office(NETWORK)))).isEqualTo(1);

        MvcResult page = profilePage(slug, signedIn(office(NETWORK)));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(page).getElementById("draft-note")).isNotNull();
        assertThat(pageListSlugs(name, signedIn(office(NETWORK)))).containsExactly(slug);

        assertThat(getAs("/api/v1/organizations/" + id, tokenFor(office("it-westpfalz")))
                        .getResponse()
                        .getStatus())
                .as("the office of a federated network is no office of the draft")
                .isEqualTo(404);
    }

    @Test
    void draftIsVisibleToAnEditorOfTheOrganization() throws Exception {
        String name = "Entwurfsprofil " + unique("d");
        UUID id = importProfile(name, "MEMBERS", "DRAFT");
        String slug = slugOf(id);
        String editorEmail = unique("entwurf") + "@sichtwerk.example";
        UUID editor = accounts.ensureVerifiedAccount(editorEmail, "Erika Entwurf", DEMO_PASSWORD, false);
        accounts.assignOrganizationEditor(editor, id);

        assertThat(apiGet(id, tokenFor(editorEmail)).path("name").asString()).isEqualTo(name);
        assertThat(apiListTotal(name, tokenFor(editorEmail))).isEqualTo(1);
        MvcResult page = profilePage(slug, signedIn(editorEmail));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(page).getElementById("draft-note")).isNotNull();
    }

    @Test
    void memberWithoutEditorRightsDoesNotSeeADraftOfTheirOwnNetwork() throws Exception {
        String name = "Entwurfsprofil " + unique("d");
        UUID id = importProfile(name, "MEMBERS", "DRAFT");
        String memberEmail = unique("mitglied") + "@sichtwerk.example";
        UUID member = accounts.ensureVerifiedAccount(memberEmail, "Max Mitglied", DEMO_PASSWORD, false);
        UUID network = jdbc.queryForObject("select id from network where slug = ?", UUID.class, NETWORK);
        accounts.assignNetworkRole(member, network, NetworkRole.MEMBER);

        assertThat(getAs("/api/v1/organizations/" + id, tokenFor(memberEmail))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(apiListTotal(name, tokenFor(memberEmail))).isZero();
    }
}
