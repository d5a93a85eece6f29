package org.clusteratlas.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.ExternalTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WCAG 2.1 AA, checked by axe-core in Chromium on every public page type in German and English: zero violations.
 * axe-core comes from its WebJar (no download at test time).
 */
// No map tiles: the test must not reach the internet, and the markers and controls are what axe checks.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atlas.demo-data=true", "atlas.map.tile-url="})
class AccessibilityIT {

    static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/networks",
            "/n/metall-kl",
            "/n/rlp",
            "/n/it-westpfalz/news",
            "/n/it-westpfalz/news/geschaeftsstelle-im-it-campus-eroeffnet",
            "/organizations",
            "/o/kettering-softwarehaus-gmbh",
            "/o/lauterer-backstube-jung",
            "/search",
            "/search?q=Pulverbeschichtung&near=67655&radiusKm=30",
            "/search?q=Pulverbeschichtung&near=00000",
            "/o/kettering-softwarehaus-gmbh/matches",
            "/o/kettering-softwarehaus-gmbh/leads",
            "/about",
            "/impressum",
            "/datenschutz",
            "/login",
            "/register",
            "/password/forgot",
            "/n/metall-kl/apply",
            "/taxonomy/suggest?q=laser",
            "/gibt-es-nicht");

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createDirectories(Paths.get("target", "test-data")).resolve("a11y-" + UUID.randomUUID());
        registry.add("atlas.data-dir", dataDir::toString);
    }

    static Playwright playwright;
    static Browser browser;
    static String axe;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() throws IOException {
        ExternalTestSupport.assumeAvailable(Files.isExecutable(BrowserJourneyIT.CHROMIUM), "Chromium");
        try (InputStream in = AccessibilityIT.class.getClassLoader().getResourceAsStream(AXE)) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(BrowserJourneyIT.CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void publicPagesHaveNoAxeViolationsInGermanAndEnglish() {
        List<String> violations = new ArrayList<>();
        for (String language : List.of("de", "en")) {
            // The CSP forbids inline scripts; only the test injects one, so only the test bypasses it.
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
                Page page = context.newPage();
                for (String path : PUBLIC_PAGES) {
                    String separator = path.contains("?") ? "&" : "?";
                    page.navigate("http://localhost:" + port + path + separator + "lang=" + language);
                    page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> found = (List<Map<String, Object>>)
                            page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                                    + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations"
                                    + ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length, "
                                    + "target: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | ')}))");
                    found.forEach(v -> violations.add(language + " " + path + ": " + v));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The membership form after a failed submission: error summary, invalid fields and their messages. */
    @Test
    void applicationFormWithErrorsHasNoAxeViolationsInGermanAndEnglish() {
        List<String> violations = new ArrayList<>();
        for (String language : List.of("de", "en")) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
                Page page = context.newPage();
                page.navigate("http://localhost:" + port + "/n/metall-kl/apply?lang=" + language);
                page.locator("#postalCode").fill("6765");
                page.locator("#submit-application").click();
                page.waitForSelector("#error-summary");
                page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> found = (List<Map<String, Object>>)
                        page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations"
                                + ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length, "
                                + "target: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | ')}))");
                found.forEach(v -> violations.add(language + " apply with errors: " + v));
            }
        }
        assertThat(violations).isEmpty();
    }
}
