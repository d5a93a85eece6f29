package org.clusteratlas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The language of the pages (default German, Accept-Language, the remembered {@code ?lang=} choice), the language
 * links, error pages and API problems for errors raised before any controller runs, and the security headers.
 */
class LocaleAndErrorPagesTest extends AtlasPageTest {

    private static final String LANG_COOKIE = "atlas-lang";

    @Autowired
    private MessageSource messages;

    private String german(String key) {
        return messages.getMessage(key, null, Locale.GERMAN);
    }

    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private static void assertGermanHome(MvcResult result, String germanTagline) {
        Document page = page(result);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(page.select("h1").text()).contains(germanTagline);
    }

    private static void assertEnglishHome(MvcResult result, String englishTagline) {
        Document page = page(result);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).contains(englishTagline);
    }

    @Test
    void homePageIsGermanWithoutAcceptLanguage() throws Exception {
        assertThat(german("app.tagline")).isNotEqualTo(english("app.tagline"));

        MvcResult result = perform(get("/"));

        assertGermanHome(result, german("app.tagline"));
        assertThat(html(result)).doesNotContain(english("app.tagline"));
    }

    @Test
    void homePageFollowsAnEnglishAcceptLanguage() throws Exception {
        MvcResult result = perform(get("/").header("Accept-Language", "en-US,en;q=0.9"));

        assertEnglishHome(result, english("app.tagline"));
        assertThat(html(result)).doesNotContain(german("app.tagline"));
    }

    @Test
    void unsupportedAcceptLanguageFallsBackToGerman() throws Exception {
        assertGermanHome(perform(get("/").header("Accept-Language", "fr-FR,fr;q=0.9")), german("app.tagline"));
    }

    @Test
    void wildcardAcceptLanguageExpressesNoPreferenceSoTheHomePageIsGerman() throws Exception {
        assertGermanHome(perform(get("/").header("Accept-Language", "*")), german("app.tagline"));
    }

    @Test
    void langParameterSetsACookieThatWinsOverAcceptLanguage() throws Exception {
        MvcResult switched = perform(get("/").param("lang", "en").header("Accept-Language", "de-DE,de;q=0.9"));

        assertEnglishHome(switched, english("app.tagline"));
        Cookie cookie = switched.getResponse().getCookie(LANG_COOKIE);
        assertThat(cookie).as("cookie %s", LANG_COOKIE).isNotNull();
        assertThat(cookie.getMaxAge()).isPositive();

        MvcResult next = perform(get("/organizations")
                .cookie(new Cookie(LANG_COOKIE, cookie.getValue()))
                .header("Accept-Language", "de-DE,de;q=0.9"));

        assertThat(next.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(next).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page(next).select("h1").text()).contains(english("organization.list.title"));
    }

    @Test
    void unsupportedLangParameterIsIgnored() throws Exception {
        MvcResult result = perform(get("/").param("lang", "fr"));

        assertGermanHome(result, german("app.tagline"));
        assertThat(result.getResponse().getCookie(LANG_COOKIE)).isNull();
    }

    @Test
    void languageLinksKeepThePathAndTheQuery() throws Exception {
        Document page = page(perform(get("/organizations?q=guss")));

        assertThat(page.getElementById("lang-en").attr("href")).isEqualTo("/organizations?q=guss&lang=en");
        assertThat(page.getElementById("lang-de").attr("href")).isEqualTo("/organizations?q=guss&lang=de");
    }

    @Test
    void languageLinksReplaceAnEarlierLanguageChoiceInsteadOfRepeatingIt() throws Exception {
        Document page = page(perform(get("/organizations?q=guss&lang=de")));

        assertThat(page.getElementById("lang-en").attr("href")).isEqualTo("/organizations?q=guss&lang=en");
    }

    @Test
    void languageLinksKeepAnEncodedQueryAsItIs() throws Exception {
        Document page = page(perform(get(URI.create("/organizations?q=gie%C3%9F"))));

        assertThat(page.getElementById("lang-en").attr("href")).isEqualTo("/organizations?q=gie%C3%9F&lang=en");
    }

    @Test
    void unknownPageIsTheGermanNotFoundPageWithoutInternals() throws Exception {
        MvcResult result = perform(get("/gibt-es-nicht-" + unique("page")));

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        Document page = page(result);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(page.select("h1").text()).isEqualTo(german("error.404.title"));
        assertNoInternals(html(result));
    }

    @Test
    void unknownPageIsTheEnglishNotFoundPageForEnglishVisitors() throws Exception {
        MvcResult result = perform(get("/does-not-exist-" + unique("page")).header("Accept-Language", "en"));

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        Document page = page(result);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo(english("error.404.title"));
        assertNoInternals(html(result));
    }

    @Test
    void malformedPageParameterIsABadRequestPageNotAServerError() throws Exception {
        MvcResult result = perform(get("/organizations").param("page", "abc"));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(page(result).select("h1").text()).isEqualTo(german("error.4xx.title"));
        assertNoInternals(html(result));
    }

    private static void assertNoInternals(String body) {
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("at java.")
                .doesNotContain("Whitelabel");
    }

    @Test
    void wrongContentTypeForTheImportIsAnUnsupportedMediaTypeProblem() throws Exception {
        MvcResult result = perform(post("/api/v1/organizations/import")
                .with(bearer(ADMIN_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"));

        JsonNode problem = assertProblem(result, 415);
        assertThat(problem.path("title").asString()).isEqualTo(german("problem.http.415.title"));
    }

    @Test
    void unsupportedMethodIsAMethodNotAllowedProblem() throws Exception {
        MvcResult result = perform(patch("/api/v1/networks")
                .with(bearer(ADMIN_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"));

        JsonNode problem = assertProblem(result, 405);
        assertThat(problem.path("title").asString()).isEqualTo(german("problem.http.405.title"));
    }

    @Test
    void unknownApiAddressIsANotFoundProblemNotAnHtmlPage() throws Exception {
        MvcResult result = perform(get("/api/v1/does-not-exist"));

        JsonNode problem = assertProblem(result, 404);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(html(result)).doesNotContain("<html");
    }

    @Test
    void problemTitlesOfFrameworkErrorsFollowAcceptLanguage() throws Exception {
        List<Supplier<MockHttpServletRequestBuilder>> requests = List.of(
                () -> get("/api/v1/does-not-exist"),
                () -> patch("/api/v1/networks")
                        .with(bearer(ADMIN_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                () -> post("/api/v1/organizations/import")
                        .with(bearer(ADMIN_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"));
        for (Supplier<MockHttpServletRequestBuilder> request : requests) {
            MvcResult germanResult = perform(request.get().header("Accept-Language", "de"));
            String germanTitle = body(germanResult).path("title").asString();
            MvcResult englishResult = perform(request.get().header("Accept-Language", "en"));
            String englishTitle = body(englishResult).path("title").asString();

            int status = englishResult.getResponse().getStatus();
            assertThat(germanTitle).as("German title of %s", status).isNotBlank();
            assertThat(englishTitle).as("English title of %s", status).isNotBlank();
            assertThat(germanTitle).as("titles of %s", status).isNotEqualTo(englishTitle);
            assertThat(englishTitle).isEqualTo(english("problem.http." + status + ".title"));
        }
    }

    private JsonNode assertProblem(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as("status, body %s", html(result))
                .isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = body(result);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertNoInternals(html(result));
        return problem;
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String url : List.of("/", "/organizations", "/login")) {
            MvcResult result = perform(get(url));
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);

            String csp = result.getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).as("CSP of %s", url).isNotBlank();
            String scriptSrc = directive(csp, "script-src");
            String effectiveScriptSrc = scriptSrc != null ? scriptSrc : directive(csp, "default-src");
            assertThat(effectiveScriptSrc)
                    .as("script-src of %s", url)
                    .isNotNull()
                    .doesNotContain("'unsafe-inline'");
            assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            String frameOptions = result.getResponse().getHeader("X-Frame-Options");
            String frameAncestors = directive(csp, "frame-ancestors");
            assertThat(frameOptions != null || "'none'".equals(frameAncestors))
                    .as("X-Frame-Options %s or frame-ancestors %s of %s", frameOptions, frameAncestors, url)
                    .isTrue();
            assertThat(result.getResponse().getHeader("Referrer-Policy"))
                    .as(url)
                    .isNotBlank();
        }
    }

    /** The value of one directive of a Content-Security-Policy, or null. */
    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            String trimmed = part.strip();
            if (trimmed.equals(name) || trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length()).strip();
            }
        }
        return null;
    }
}
