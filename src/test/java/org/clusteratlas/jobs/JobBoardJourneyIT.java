package org.clusteratlas.jobs;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clusteratlas.ExternalTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The job board's acceptance journey in Debian's Chromium, started like {@code BrowserJourneyIT}: a company editor
 * posts an apprenticeship through the form; an anonymous visitor finds it searching in English near a postal code and
 * applies with a PDF; the company sees the application on its jobs page; the visitor's confirmation mail is queued.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atlas.demo-data=true", "atlas.map.tile-url="})
class JobBoardJourneyIT {

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createDirectories(Paths.get("target", "test-data")).resolve("jobs-" + UUID.randomUUID());
        registry.add("atlas.data-dir", dataDir::toString);
    }

    static final Path CHROMIUM = Paths.get(System.getProperty("atlas.chromium", "/usr/bin/chromium"));
    static final String EDITOR = "redaktion@kettering-software.example";
    static final String PASSWORD = "demo-Atlas-2026";
    static final String KETTERING = "kettering-softwarehaus-gmbh";

    /** A small but complete PDF (header, catalog, one empty page, xref, trailer) that Tika detects by its magic. */
    static final String PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
            xref
            0 4
            0000000000 65535 f\s
            0000000009 00000 n\s
            0000000058 00000 n\s
            0000000115 00000 n\s
            trailer << /Size 4 /Root 1 0 R >>
            startxref
            186
            %%EOF
            """;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    BrowserContext editorContext;
    BrowserContext visitorContext;
    Page page;

    @BeforeAll
    static void launchChromium() {
        ExternalTestSupport.assumeAvailable(Files.isExecutable(CHROMIUM), "Chromium at " + CHROMIUM);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        // Without these, Chromium keeps trying to reach Google's services, which this network refuses.
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
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) throws Exception {
        Path shots = Files.createDirectories(Paths.get("target", "screenshots"));
        if (page != null) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(shots.resolve(test.getTestMethod().orElseThrow().getName() + ".png"))
                    .setFullPage(true));
        }
        for (BrowserContext context : new BrowserContext[] {editorContext, visitorContext}) {
            if (context != null) {
                context.close();
            }
        }
    }

    /** Reduced motion turns off Bootstrap's smooth scrolling, which moves fields under the pointer while clicking. */
    private BrowserContext newContext(String locale) {
        return browser.newContext(
                new Browser.NewContextOptions().setLocale(locale).setReducedMotion(ReducedMotion.REDUCE));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void companyPostsAnApprenticeshipAndAVisitorFindsItInEnglishNearAPostalCodeAndAppliesWithAPdf() throws Exception {
        String word = "Kranbahnprüfung" + UUID.randomUUID().toString().substring(0, 6);
        String englishWord = "cranewaycheck" + UUID.randomUUID().toString().substring(0, 6);
        String candidate = "Mara Journey " + UUID.randomUUID().toString().substring(0, 6);
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";

        // The company editor signs in and posts an apprenticeship through the form on the profile's jobs desk.
        editorContext = newContext("de-DE");
        page = editorContext.newPage();
        page.navigate(url("/login"));
        page.locator("#username").fill(EDITOR);
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page.locator("#nav-logout")).isVisible();
        page.navigate(url("/o/" + KETTERING));
        page.locator("#organization-jobs").click();
        page.locator("#posting-new").click();
        assertThat(page.locator("#posting-form")).isVisible();

        page.locator("#kind").selectOption("APPRENTICESHIP");
        page.locator("#titleDe").fill("Ausbildung " + word + " (m/w/d)");
        page.locator("#titleEn").fill("Apprenticeship in " + englishWord);
        page.locator("#descriptionDe").fill("Drei Jahre Ausbildung mit " + word + " in Kaiserslautern.");
        page.locator("#descriptionEn").fill("Three years of training with " + englishWord + " in Kaiserslautern.");
        page.locator("#postalCode0").fill("67657");
        page.locator("#city0").fill("Kaiserslautern");
        page.locator("#channel").selectOption("PLATFORM");
        page.locator("#publish").check();
        page.locator("#posting-save").click();

        assertThat(page.locator("#posting-title")).hasText("Ausbildung " + word + " (m/w/d)");
        assertThat(page.locator("#not-public")).hasCount(0);
        String jobPath = new java.net.URI(page.url()).getPath();

        // An anonymous visitor (another browser context) searches in English near a postal code.
        visitorContext = newContext("en-GB");
        Page visitor = visitorContext.newPage();
        page = visitor;
        visitor.navigate(url("/jobs?lang=en"));
        assertThat(visitor.locator("html")).hasAttribute("lang", "en");
        assertThat(visitor.locator("#nav-logout")).hasCount(0);
        visitor.locator("#jobs-q").fill("apprenticeship " + englishWord);
        visitor.locator("#jobs-near").fill("67655");
        visitor.locator("#jobs-radius").selectOption("25");
        visitor.locator("#jobs-submit").click();
        assertThat(visitor).hasURL(Pattern.compile(".*near=67655.*"));
        assertThat(visitor.locator("#jobs-hits a")).hasCount(1);
        assertThat(visitor.locator("#jobs-hits a")).hasText("Apprenticeship in " + englishWord);

        visitor.locator("#jobs-hits a").click();
        assertThat(visitor.locator("#posting-title")).hasText("Apprenticeship in " + englishWord);
        // Playwright compares in the browser, where Java's \\Q…\\E quoting does not exist: the whole address instead.
        assertThat(visitor).hasURL(url(jobPath));

        // The visitor applies with a PDF.
        Path cv = Files.createTempFile("lebenslauf", ".pdf");
        Files.writeString(cv, PDF, StandardCharsets.US_ASCII);
        visitor.locator("#apply-name").fill(candidate);
        visitor.locator("#apply-email-field").fill(email);
        visitor.locator("#apply-message").fill("I would love to learn this trade.");
        visitor.locator("#apply-cv").setInputFiles(cv);
        visitor.locator("#apply-submit").click();
        assertThat(visitor.locator("#applied")).isVisible();

        // The company sees the application on its jobs page and opens it.
        page = editorContext.pages().getFirst();
        page.navigate(url("/o/" + KETTERING + "/jobs"));
        assertThat(page.locator("#applications")).containsText(candidate);
        page.locator("#applications a", new Page.LocatorOptions().setHasText(candidate))
                .click();
        assertThat(page.locator("#application-name")).hasText(candidate);

        // The visitor's confirmation mail is in the outbox.
        List<String> mails = jdbc.queryForList(
                "select body from mail_message where lower(recipient) = ? order by created_at", String.class, email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst())
                .contains("thank you for your application")
                .contains("Apprenticeship in " + englishWord);
    }
}
