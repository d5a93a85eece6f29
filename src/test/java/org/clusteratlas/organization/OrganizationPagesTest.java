package org.clusteratlas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;

/** The organization pages: list (with its htmx fragment), profile, and the create/edit form of office and editors. */
class OrganizationPagesTest extends AtlasPageTest {

    private static final String KETTERING = "kettering-softwarehaus-gmbh";
    private static final String GERMAN_POSTAL_CODE_MESSAGE = "Eine deutsche Postleitzahl hat genau fünf Ziffern.";

    private record Demo(String name, String slug) {}

    private Demo demo(String externalId) {
        Map<String, Object> row =
                jdbc.queryForMap("select name, slug from organization where external_id = ?", externalId);
        return new Demo((String) row.get("name"), (String) row.get("slug"));
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    /** The slugs of the organizations linked in the result list. */
    private static List<String> listedSlugs(Document page) {
        return page.select("#results a[href^=/o/]").stream()
                .map(link -> link.attr("href").substring("/o/".length()))
                .toList();
    }

    private int countByName(String name) {
        Integer count = jdbc.queryForObject("select count(*) from organization where name = ?", Integer.class, name);
        return count == null ? 0 : count;
    }

    private List<String> networksOf(String slug) {
        return jdbc.queryForList(
                "select n.slug from organization o join organization_network onw on onw.organization_id = o.id "
                        + "join network n on n.id = onw.network_id where o.slug = ? order by n.slug",
                String.class,
                slug);
    }

    // --- list ---

    @Test
    void anonymousListShowsPublicOrganizationsButNotOfficeOnlyOnes() throws Exception {
        Demo hidden = demo("demo-it-010");
        Demo visible = demo("demo-it-001");

        Document byHiddenName = page(perform(get("/organizations").param("q", hidden.name())));
        Document byVisibleName = page(perform(get("/organizations").param("q", visible.name())));

        assertThat(listedSlugs(byHiddenName)).doesNotContain(hidden.slug());
        assertThat(byHiddenName.text()).doesNotContain(hidden.name());
        assertThat(listedSlugs(byVisibleName)).contains(visible.slug());
    }

    @Test
    void anonymousListCountsExactlyThePublicOrganizations() throws Exception {
        Integer publicCount = jdbc.queryForObject(
                "select count(*) from organization where visibility = 'PUBLIC' and status = 'PUBLISHED'",
                Integer.class);

        Document page = page(perform(get("/organizations")));

        assertThat(page.select("#results p.small").text()).contains(String.valueOf(publicCount));
        assertThat(listedSlugs(page)).hasSize(Math.min(25, publicCount));
    }

    @Test
    void networkOfficeSeesItsOfficeOnlyOrganizationInTheList() throws Exception {
        Demo hidden = demo("demo-it-010");

        Document page =
                page(perform(get("/organizations").param("q", hidden.name()).with(signedIn(office("it-westpfalz")))));

        assertThat(listedSlugs(page)).containsExactly(hidden.slug());
    }

    @Test
    void htmxSearchReturnsOnlyTheResultsFragment() throws Exception {
        Demo visible = demo("demo-it-001");

        MvcResult fragment =
                perform(get("/organizations").param("q", "Kettering").header("HX-Request", "true"));
        MvcResult full = perform(get("/organizations").param("q", "Kettering"));

        assertThat(fragment.getResponse().getStatus()).isEqualTo(200);
        String fragmentHtml = html(fragment);
        assertThat(fragmentHtml).doesNotContainIgnoringCase("<html").doesNotContain("<nav");
        assertThat(fragmentHtml.strip()).startsWith("<div id=\"results\"");
        assertThat(listedSlugs(page(fragment))).contains(visible.slug());

        String fullHtml = html(full);
        assertThat(fullHtml)
                .containsIgnoringCase("<html")
                .contains("id=\"results\"")
                .contains("id=\"org-q\"");
        assertThat(listedSlugs(page(full))).contains(visible.slug());
    }

    @Test
    void htmxHistoryRestoreGetsTheFullPage() throws Exception {
        MvcResult restore = perform(get("/organizations")
                .param("q", "Kettering")
                .header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true"));

        assertThat(html(restore)).containsIgnoringCase("<html");
    }

    // --- profile ---

    @Test
    void profileOfAPublicOrganizationShowsItsCompetences() throws Exception {
        Demo organization = demo("demo-mc-006");
        List<String> competences = jdbc.queryForList(
                "select c.competence from organization_competence c join organization o on o.id = c.organization_id "
                        + "where o.external_id = ? order by c.sort_order",
                String.class,
                "demo-mc-006");
        assertThat(competences).isNotEmpty();

        MvcResult result = perform(get("/o/" + organization.slug()));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.getElementById("organization-name").text()).isEqualTo(organization.name());
        assertThat(page.select("li.badge").eachText()).containsAll(competences);
    }

    @Test
    void profileOfAnOfficeOnlyOrganizationIsNotFoundForAnonymousAndMembers() throws Exception {
        Demo hidden = demo("demo-it-010");

        assertThat(perform(get("/o/" + hidden.slug())).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(perform(get("/o/" + hidden.slug()).with(signedIn(MEMBER)))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        MvcResult office = perform(get("/o/" + hidden.slug()).with(signedIn(office("it-westpfalz"))));
        assertThat(office.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(office).getElementById("organization-name").text()).isEqualTo(hidden.name());
    }

    @Test
    void unknownProfileIsTheNotFoundPage() throws Exception {
        MvcResult result = perform(get("/o/" + unique("gibt-es-nicht")));

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(result)).contains("Seite nicht gefunden");
    }

    // --- new form ---

    @Test
    void newFormSendsAnonymousVisitorsToTheLogin() throws Exception {
        MvcResult result = perform(get("/organizations/new"));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void newFormIsForbiddenForMembers() throws Exception {
        mvc.perform(get("/organizations/new").with(signedIn(MEMBER))).andExpect(status().isForbidden());
    }

    @Test
    void newFormOffersTheOfficeOnlyItsOwnNetwork() throws Exception {
        MvcResult result = perform(get("/organizations/new").with(signedIn(office("metall-kl"))));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Element form = page(result).getElementById("organization-form");
        assertThat(form).isNotNull();
        List<Element> checkboxes = form.select("input[type=checkbox][name=networks]");
        assertThat(checkboxes).extracting(box -> box.attr("value")).containsExactly("metall-kl");
        assertThat(checkboxes.getFirst().hasAttr("checked"))
                .as("the only network is preselected")
                .isTrue();
        assertThat(form.select("input[type=hidden][name=networks]")).isEmpty();
    }

    private MockHttpServletRequestBuilder createRequest(String name, String postalCode, RequestPostProcessor who) {
        return post("/organizations")
                .param("name", name)
                .param("kind", "COMPANY")
                .param("networks", "metall-kl")
                .param("postalCode", postalCode)
                .param("city", "Kaiserslautern")
                .param("country", "DE")
                .param("competences", "Laserhärten\nPlasmanitrieren\r\nBrünieren")
                .param("offers[0].title", "Lohnhärtung")
                .param("offers[0].description", "Kleinserien ab einem Stück")
                .param("contacts[0].lastName", "Härter")
                .param("contacts[0].email", "haerter@example.org")
                .param("visibility", "PUBLIC")
                .with(csrf())
                .with(who);
    }

    @Test
    void invalidPostalCodeRerendersTheFormWithTheGermanMessageAndStoresNothing() throws Exception {
        String name = "Härterei " + unique("plz");

        MvcResult result = perform(createRequest(name, "123", signedIn(office("metall-kl"))));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        Element postalCode = page.getElementById("postalCode");
        assertThat(postalCode).isNotNull();
        assertThat(postalCode.hasClass("is-invalid")).isTrue();
        assertThat(postalCode.attr("value")).isEqualTo("123");
        assertThat(page.select(".invalid-feedback").text()).contains(GERMAN_POSTAL_CODE_MESSAGE);
        assertThat(page.getElementById("name").attr("value"))
                .as("typed data is kept")
                .isEqualTo(name);
        assertThat(countByName(name)).isZero();
    }

    @Test
    void validFormCreatesTheOrganizationAndRedirectsToItsProfile() throws Exception {
        String name = "Härterei " + unique("neu");

        MvcResult result = perform(createRequest(name, "67655", signedIn(office("metall-kl"))));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(countByName(name)).isEqualTo(1);
        String slug = jdbc.queryForObject("select slug from organization where name = ?", String.class, name);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/o/" + slug);
        assertThat(networksOf(slug)).containsExactly("metall-kl");
        assertThat(jdbc.queryForList(
                        "select c.competence from organization_competence c join organization o "
                                + "on o.id = c.organization_id where o.slug = ? order by c.sort_order",
                        String.class,
                        slug))
                .containsExactly("Laserhärten", "Plasmanitrieren", "Brünieren");
        assertThat(jdbc.queryForList(
                        "select f.title from organization_offer f join organization o on o.id = f.organization_id "
                                + "where o.slug = ?",
                        String.class,
                        slug))
                .containsExactly("Lohnhärtung");

        Document profile = page(perform(get("/o/" + slug)));
        assertThat(profile.getElementById("organization-name").text()).isEqualTo(name);
        assertThat(profile.select("li.badge").eachText()).contains("Laserhärten", "Plasmanitrieren", "Brünieren");
        assertThat(profile.select("dt").eachText()).contains("Lohnhärtung");
    }

    @Test
    void officeCannotCreateAnOrganizationInAnotherNetwork() throws Exception {
        String name = "Fremdnetz " + unique("org");

        MvcResult result = perform(post("/organizations")
                .param("name", name)
                .param("kind", "COMPANY")
                .param("networks", "it-westpfalz")
                .param("visibility", "PUBLIC")
                .with(csrf())
                .with(signedIn(office("metall-kl"))));

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(countByName(name)).isZero();
    }

    @Test
    void addRowButtonRerendersTheFormWithAnExtraOfferRowAndStoresNothing() throws Exception {
        String name = "Zeilenwerk " + unique("add");

        MvcResult result = perform(
                createRequest(name, "67655", signedIn(office("metall-kl"))).param("add", "offers"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select("input[name=offers[0].title]").attr("value")).isEqualTo("Lohnhärtung");
        assertThat(page.select("input[name=offers[1].title]")).hasSize(1);
        assertThat(page.select("input[name=offers[1].title]").attr("value")).isEmpty();
        assertThat(page.select("input[name=offers[2].title]")).isEmpty();
        assertThat(page.select("textarea[name=competences]").getFirst().wholeText())
                .contains("Plasmanitrieren");
        assertThat(countByName(name)).isZero();
    }

    // --- edit ---

    @Test
    void editorSavesAChangedDescriptionWhileTheNetworksStayUnchanged() throws Exception {
        List<String> networksBefore = networksOf(KETTERING);
        assertThat(networksBefore).hasSizeGreaterThan(1);
        String original =
                jdbc.queryForObject("select description_de from organization where slug = ?", String.class, KETTERING);

        MvcResult editPage = perform(get("/o/" + KETTERING + "/edit").with(signedIn(EDITOR)));
        assertThat(editPage.getResponse().getStatus()).isEqualTo(200);
        Element form = page(editPage).getElementById("organization-form");
        assertThat(form.select("input[type=checkbox][name=networks]"))
                .as("the editor manages no network, so none is offered")
                .isEmpty();
        MultiValueMap<String, String> values = formValues(form);
        assertThat(values.get("networks")).containsExactlyInAnyOrderElementsOf(networksBefore);
        String changed = "Softwarehaus aus Kaiserslautern, geändert " + unique("text");
        set(values, "descriptionDe", changed);

        try {
            MvcResult saved = perform(post("/o/" + KETTERING + "/edit")
                    .with(params(values))
                    .with(csrf())
                    .with(signedIn(EDITOR)));

            assertThat(saved.getResponse().getStatus())
                    .as("status, body %s", html(saved))
                    .isEqualTo(302);
            assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/o/" + KETTERING);
            assertThat(jdbc.queryForObject(
                            "select description_de from organization where slug = ?", String.class, KETTERING))
                    .isEqualTo(changed);
            assertThat(networksOf(KETTERING)).isEqualTo(networksBefore);
            assertThat(page(perform(get("/o/" + KETTERING))).text()).contains(changed);
        } finally {
            jdbc.update("update organization set description_de = ? where slug = ?", original, KETTERING);
        }
    }

    @Test
    void editorCannotMoveTheOrganizationOutOfANetwork() throws Exception {
        List<String> networksBefore = networksOf(KETTERING);
        Element form = page(perform(get("/o/" + KETTERING + "/edit").with(signedIn(EDITOR))))
                .getElementById("organization-form");
        MultiValueMap<String, String> values = formValues(form);
        values.put("networks", new java.util.ArrayList<>(List.of(networksBefore.getFirst())));

        MvcResult result = perform(post("/o/" + KETTERING + "/edit")
                .with(params(values))
                .with(csrf())
                .with(signedIn(EDITOR)));

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(networksOf(KETTERING)).isEqualTo(networksBefore);
    }

    @Test
    void editorCannotDeleteTheOrganization() throws Exception {
        mvc.perform(post("/o/" + KETTERING + "/delete").with(csrf()).with(signedIn(EDITOR)))
                .andExpect(status().isForbidden());

        assertThat(countByName(demo("demo-it-001").name())).isEqualTo(1);
    }

    @Test
    void officeOfAnotherNetworkCannotEdit() throws Exception {
        String other = office("it-rhein-neckar");
        String before = jdbc.queryForObject("select name from organization where slug = ?", String.class, KETTERING);

        mvc.perform(get("/o/" + KETTERING + "/edit").with(signedIn(other))).andExpect(status().isForbidden());
        mvc.perform(post("/o/" + KETTERING + "/edit")
                        .param("name", "Übernommen")
                        .param("kind", "COMPANY")
                        .param("networks", "it-westpfalz", "metall-kl")
                        .with(csrf())
                        .with(signedIn(other)))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select name from organization where slug = ?", String.class, KETTERING))
                .isEqualTo(before);
    }

    @Test
    void anonymousEditIsSentToTheLogin() throws Exception {
        MvcResult result = perform(get("/o/" + KETTERING + "/edit"));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    // --- robustness ---

    @Test
    void hugePageNumberIsAnEmptyPageOrABadRequestNotAServerError() throws Exception {
        MvcResult result = perform(get("/organizations").param("page", "100000000"));

        assertThat(result.getResponse().getStatus()).isIn(200, 400);
    }

    @Test
    void forgedRowIndexBeyondTheLimitIsRefusedWithoutAServerError() throws Exception {
        String name = "Zeilenfälscher " + unique("row");

        MvcResult result = perform(post("/organizations")
                .param("name", name)
                .param("kind", "COMPANY")
                .param("networks", "metall-kl")
                .param("offers[1000].title", "Weit hinten")
                .with(csrf())
                .with(signedIn(office("metall-kl"))));

        assertThat(result.getResponse().getStatus()).isIn(200, 400);
        assertThat(countByName(name)).isZero();
    }
}
