package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The search pages: the search with its htmx fragment and its plain-GET fallback, facets, highlights and escaping,
 * validation messages in both languages, the matchmaking pages with their reasons, and the index page for admins.
 */
class SearchPagesTest extends AtlasPageTest {

    private static final String LAUTERER = "Lauterer Oberflächentechnik GmbH";
    private static final String HOSTILE_NAME = "<script>alert(1)</script> Zinnoberbeize <b>fett</b>";

    /** An organization whose name is markup and whose competence is a word no other organization has. */
    private static String hostile;

    @Autowired
    SearchIndex index;

    @BeforeEach
    void hostileOrganization() throws Exception {
        if (hostile != null) {
            return;
        }
        hostile = unique("search-page-xss");
        Map<String, Object> organization = organization(hostile, HOSTILE_NAME, "metall-kl");
        organization.put("competences", List.of("Zinnoberbeize", "Zinnoberbeize <img src=x onerror=alert(2)>"));
        importLines(ADMIN_TOKEN, List.of(toJson(organization)));
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    /** GET with the query exactly as written here (a URL template would encode the encoding again). */
    private static MockHttpServletRequestBuilder search(String query) {
        return get(URI.create("/search?" + query));
    }

    private static List<String> hitNames(Document page) {
        return page.select("#search-hits .search-hit-name").eachText();
    }

    private static long total(Document page) {
        return Long.parseLong(page.selectFirst("#search-count").text().replaceAll("\\D", ""));
    }

    private String slugOf(String externalId) {
        return jdbc.queryForObject("select slug from organization where external_id = ?", String.class, externalId);
    }

    @Test
    void fullPageListsTheNearestPowderCoatersWithDistanceMapDataAndLayout() throws Exception {
        MvcResult result = perform(search("q=Pulverbeschichtung&near=67655&radiusKm=30"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select("nav.navbar #nav-search").attr("href")).isEqualTo("/search");
        assertThat(page.selectFirst("#search-q").val()).isEqualTo("Pulverbeschichtung");
        assertThat(page.selectFirst("#search-near").val()).isEqualTo("67655");
        assertThat(page.selectFirst("#search-radius option[selected]").val()).isEqualTo("30");
        assertThat(hitNames(page)).first().isEqualTo(LAUTERER);
        assertThat(hitNames(page)).hasSize(3);
        Element first = page.selectFirst("#search-hits .search-hit");
        assertThat(first.selectFirst("a").attr("href")).startsWith("/o/");
        assertThat(first.text()).contains("Unternehmen", "Kaiserslautern", "km entfernt");
        assertThat(first.attr("data-lat")).isNotBlank();
        assertThat(first.attr("data-lon")).isNotBlank();
        assertThat(first.attr("data-href")).isEqualTo(first.selectFirst("a").attr("href"));
        Element map = page.selectFirst("[data-result-map]");
        assertThat(map.attr("data-tile-url")).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(map.attr("data-radius-km")).isEqualTo("30.0");
        assertThat(page.select("script[src*=leaflet]")).hasSize(1);
        // The tile server is the one foreign source the page may load images from.
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains("img-src 'self' data: https://tile.openstreetmap.org;")
                .contains("script-src 'self';");
    }

    @Test
    void htmxGetsOnlyTheResultsAndTheFieldMessagesOutOfBand() throws Exception {
        MvcResult result =
                perform(search("q=Pulverbeschichtung&near=67655&radiusKm=30").header("HX-Request", "true"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document fragment = page(result);
        assertThat(fragment.select("nav.navbar")).isEmpty();
        assertThat(fragment.select("#search-form")).isEmpty();
        assertThat(fragment.select("#search-results")).hasSize(1);
        assertThat(hitNames(fragment)).first().isEqualTo(LAUTERER);
        assertThat(fragment.select("[hx-swap-oob]").eachAttr("id"))
                .containsExactly("search-q-error", "search-near-error", "search-radius-error");
        assertThat(fragment.select("[hx-swap-oob]").text()).isBlank();
    }

    @Test
    void withoutJavaScriptTheFormIsAPlainGetAndEmptyInputBrowsesAllVisibleOrganizations() throws Exception {
        Document page = page(perform(get("/search")));

        Element form = page.selectFirst("#search-form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/search");
        assertThat(form.select("button[type=submit]")).isNotEmpty();
        for (Element input : form.select("input:not([type=checkbox]), select")) {
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as("label of #" + input.id())
                    .hasSize(1);
        }
        // Browsing: everything public, by name, in pages with real links.
        assertThat(page.selectFirst("#search-count").text()).matches("Treffer: \\d+");
        assertThat(hitNames(page)).hasSize(20);
        // Only what the visitor may see: the admin sees the office-only and draft profiles too.
        long anonymousTotal = total(page);
        long adminTotal = total(page(perform(get("/search").with(signedIn(ADMIN)))));
        assertThat(anonymousTotal).isPositive().isLessThan(adminTotal);
        String next = page.selectFirst("a[rel=next]").attr("href");
        assertThat(next).startsWith("/search?").contains("page=1");

        // The form submitted as a browser would, without htmx: the same results as the address typed by hand.
        var values = formValues(form);
        set(values, "q", "Pulverbeschichtung");
        set(values, "near", "67655");
        set(values, "radiusKm", "30");
        Document submitted = page(perform(get("/search").params(values)));
        assertThat(hitNames(submitted)).first().isEqualTo(LAUTERER);
        assertThat(submitted.select("#search-form")).hasSize(1);

        Document secondPage = page(perform(get(URI.create(next))));
        assertThat(hitNames(secondPage)).isNotEmpty().doesNotContainAnyElementsOf(hitNames(page));
    }

    @Test
    void facetsFilterWithAlternativesInsideAFacetAndStayChecked() throws Exception {
        Document all = page(perform(search("q=Pulverbeschichtung")));
        Element kinds = all.selectFirst("#facet-kind");
        assertThat(kinds.selectFirst("legend").text()).isEqualTo("Art");
        Element company = kinds.selectFirst("input[value=COMPANY]");
        assertThat(company.hasAttr("checked")).isFalse();
        assertThat(all.selectFirst("label[for=" + company.id() + "]").text()).matches("Unternehmen \\d+");
        assertThat(all.select("#facet-network input[value=metall-kl]")).hasSize(1);
        assertThat(all.selectFirst("label[for="
                                + all.selectFirst("#facet-network input[value=metall-kl]")
                                        .id() + "]")
                        .text())
                .startsWith("Metall-Cluster Kaiserslautern");

        // No university coats powder: the chosen value stays, checked, so it can be undone.
        Document universities = page(perform(search("q=Pulverbeschichtung&kind=UNIVERSITY")));
        assertThat(hitNames(universities)).isEmpty();
        assertThat(universities.select("#search-empty")).hasSize(1);
        assertThat(universities
                        .selectFirst("#facet-kind input[value=UNIVERSITY]")
                        .hasAttr("checked"))
                .isTrue();

        // Values of one facet are alternatives; facets combine.
        Document either = page(perform(search("q=Pulverbeschichtung&kind=UNIVERSITY&kind=COMPANY")));
        assertThat(hitNames(either)).isNotEmpty().hasSameSizeAs(hitNames(all));
        Document both =
                page(perform(search("q=Pulverbeschichtung&kind=COMPANY&network=metall-kl&near=67655&radiusKm=30")));
        assertThat(hitNames(both)).first().isEqualTo(LAUTERER);
        assertThat(both.selectFirst("#facet-network input[value=metall-kl]").hasAttr("checked"))
                .isTrue();
        assertThat(both.selectFirst("#facet-kind input[value=COMPANY]").hasAttr("checked"))
                .isTrue();
        Document nowhere = page(perform(search("q=Pulverbeschichtung&kind=COMPANY&network=it-westpfalz")));
        assertThat(hitNames(nowhere)).isEmpty();
    }

    @Test
    void highlightsAreMarkedButNamesAndTextsNeverBecomeMarkup() throws Exception {
        MvcResult result = perform(search("q=Zinnoberbeize"));
        String html = html(result);
        Document page = page(result);

        assertThat(hitNames(page)).containsExactly(HOSTILE_NAME);
        assertThat(page.select("#search-results mark")).isNotEmpty();
        assertThat(page.select("#search-results mark").eachText()).allMatch(text -> text.equals("Zinnoberbeize"));
        assertThat(page.select("#search-results script, #search-results b, #search-results img"))
                .isEmpty();
        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        // The map reads the name from an attribute and writes it as text.
        assertThat(page.selectFirst("#search-hits .search-hit").attr("data-name"))
                .isEqualTo(HOSTILE_NAME);
    }

    @Test
    void anUnknownPostalCodeIsA400WithTheMessageAtTheFieldInGermanAndEnglish() throws Exception {
        MvcResult german = perform(search("q=Pulverbeschichtung&near=00000&lang=de"));
        assertThat(german.getResponse().getStatus()).isEqualTo(400);
        Document page = page(german);
        assertThat(page.selectFirst("#search-near-error").text()).isEqualTo("Die Postleitzahl 00000 kennen wir nicht.");
        assertThat(page.selectFirst("#search-near").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#search-near").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#search-near").val()).isEqualTo("00000");
        assertThat(page.select("#search-hits")).isEmpty();
        assertThat(html(german)).doesNotContain("Exception").doesNotContain("at org.");

        MvcResult english = perform(search("q=Pulverbeschichtung&near=00000&lang=en"));
        assertThat(english.getResponse().getStatus()).isEqualTo(400);
        assertThat(page(english).selectFirst("#search-near-error").text())
                .contains("00000")
                .doesNotContain("kennen");

        MvcResult htmx = perform(search("near=00000&lang=de").header("HX-Request", "true"));
        assertThat(htmx.getResponse().getStatus()).isEqualTo(400);
        assertThat(page(htmx).selectFirst("#search-near-error[hx-swap-oob]").text())
                .isEqualTo("Die Postleitzahl 00000 kennen wir nicht.");

        MvcResult radius = perform(search("near=67655&radiusKm=5000"));
        assertThat(radius.getResponse().getStatus()).isEqualTo(400);
        assertThat(page(radius).selectFirst("#search-radius-error").text()).contains("Umkreis");
        MvcResult garbage = perform(search("q=Pulverbeschichtung&kind=NO_SUCH_KIND"));
        assertThat(garbage.getResponse().getStatus()).isEqualTo(400);
        assertThat(page(garbage).selectFirst("#search-q").val()).isEqualTo("Pulverbeschichtung");
        assertThat(page(garbage).select("#search-results .alert-danger").text()).isEqualTo("Dieser Wert ist ungültig.");
    }

    @Test
    void matchesAndLeadsShowEachPartnerWithItsReasons() throws Exception {
        String heinzelmann = slugOf("demo-mc-001");
        String lauterer = slugOf("demo-mc-021");

        Document profile = page(perform(get("/o/" + heinzelmann)));
        assertThat(profile.selectFirst("#link-matches").attr("href")).isEqualTo("/o/" + heinzelmann + "/matches");
        assertThat(profile.selectFirst("#link-leads").attr("href")).isEqualTo("/o/" + heinzelmann + "/leads");

        MvcResult matches = perform(get("/o/" + heinzelmann + "/matches"));
        assertThat(matches.getResponse().getStatus()).isEqualTo(200);
        Document page = page(matches);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Passende Partner für unseren Bedarf");
        Element coater = page.select("#match-list .match").stream()
                .filter(m -> m.selectFirst("a").text().equals(LAUTERER))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no match " + LAUTERER + " in "
                        + page.select("#match-list").text()));
        assertThat(coater.select(".match-reasons li").eachText())
                .anySatisfy(reason ->
                        assertThat(reason).startsWith("Bedarf „Pulverbeschichten von Rahmen- und Gehäuseteilen“"));
        assertThat(page.select("input[name=scope][checked]").val()).isEqualTo("ALL");

        Document region = page(perform(
                get("/o/" + heinzelmann + "/matches?scope=REGION&radiusKm=10").header("HX-Request", "true")));
        assertThat(region.select("nav.navbar")).isEmpty();
        assertThat(region.select("#match-results")).hasSize(1);

        Document leads = page(perform(get("/o/" + lauterer + "/leads?lang=en")));
        assertThat(leads.selectFirst("h1").text()).isEqualTo("Who needs what we offer");
        assertThat(leads.select("#match-list .match-reasons li").eachText())
                .anySatisfy(
                        reason -> assertThat(reason).startsWith("Their need").contains("our offer"));
        assertThat(leads.select("#match-list .match a").eachText()).contains("Heinzelmann Fahrzeugbau GmbH & Co. KG");

        assertThat(perform(get("/o/no-such-organization/matches")).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void editorsFindTheMatchesOfTheirOrganizationFromTheNavigation() throws Exception {
        Document home = page(perform(get("/").with(signedIn(EDITOR))));
        assertThat(home.selectFirst("#nav-my-matches").attr("href")).isEqualTo("/account/matches");
        assertThat(page(perform(get("/").with(signedIn(MEMBER)))).select("#nav-my-matches"))
                .isEmpty();
        assertThat(page(perform(get("/"))).select("#nav-my-matches")).isEmpty();

        Document mine = page(perform(get("/account/matches").with(signedIn(EDITOR))));
        assertThat(mine.select("#my-organizations a").eachAttr("href"))
                .contains("/o/kettering-softwarehaus-gmbh/matches", "/o/kettering-softwarehaus-gmbh/leads");
    }

    @Test
    void theIndexPageIsForAdminsAndRebuildsWithProgress() throws Exception {
        RequestPostProcessor admin = signedIn(ADMIN);
        Document state = page(perform(get("/admin/search-index").with(admin)));
        assertThat(state.selectFirst("h1").text()).isEqualTo("Suchindex");
        assertThat(state.selectFirst("#indexed-organizations").text()).matches("\\d+");
        assertThat(state.select("form[action=/admin/search-index/rebuild] input[name=_csrf]"))
                .hasSize(1);
        assertThat(page(perform(get("/").with(admin))).select("a[href=/admin/search-index]"))
                .hasSize(1);

        assertThat(perform(get("/admin/search-index").with(signedIn(MEMBER)))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/admin/search-index")).getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(perform(post("/admin/search-index/rebuild").with(csrf()).with(signedIn(MEMBER)))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        MvcResult rebuild =
                perform(post("/admin/search-index/rebuild").with(csrf()).with(admin));
        assertThat(rebuild.getResponse().getRedirectedUrl()).isEqualTo("/admin/search-index");
        assertThat(rebuild.getFlashMap().get("rebuild")).isIn("started", "running");
        // While it runs, the state polls itself; once done, it stops polling and offers the rebuild again.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (index.progress().running()) {
            Document running =
                    page(perform(get("/admin/search-index").with(admin).header("HX-Request", "true")));
            if (index.progress().running() && running.selectFirst("#rebuild-progress") != null) {
                assertThat(running.selectFirst("#index-state").attr("hx-trigger"))
                        .isEqualTo("every 1s");
                assertThat(running.select("progress")).hasSize(1);
            }
            assertThat(Instant.now()).as("rebuild finished in time").isBefore(deadline);
            Thread.sleep(200);
        }
        Document done = page(perform(get("/admin/search-index").with(admin)));
        assertThat(done.selectFirst("#index-state").hasAttr("hx-trigger")).isFalse();
        assertThat(done.selectFirst("#rebuild-finished").text()).contains("abgeschlossen");
        assertThat(done.selectFirst("#index-in-step").text()).isEqualTo("Index und Datenbank stimmen überein.");
    }
}
