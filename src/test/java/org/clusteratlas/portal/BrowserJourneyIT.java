package org.clusteratlas.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Journeys through the real UI in Debian's Chromium, driven by Playwright: what a person sees and clicks. Playwright's
 * own browser download is not used (this machine has no access to it); the system Chromium is launched instead.
 */
// No map tiles: the browser must not reach the internet; the map still draws its markers.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atlas.demo-data=true", "atlas.map.tile-url="})
class BrowserJourneyIT {

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir =
                Files.createDirectories(Paths.get("target", "test-data")).resolve("browser-" + UUID.randomUUID());
        registry.add("atlas.data-dir", dataDir::toString);
    }

    static final Path CHROMIUM = Paths.get(System.getProperty("atlas.chromium", "/usr/bin/chromium"));
    static final String ADMIN = "admin@clusteratlas.example";
    static final String PASSWORD = "demo-Atlas-2026";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchChromium() throws Exception {
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

    @BeforeEach
    void openPage() {
        // Reduced motion turns off Bootstrap's smooth scrolling: a field scrolled into view while the page still
        // glides is clicked where it was a moment before (a CI run's consent box stayed unchecked that way).
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("de-DE")
                .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
        page = context.newPage();
    }

    @AfterEach
    void screenshot(TestInfo test) throws Exception {
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve(test.getTestMethod().orElseThrow().getName() + ".png"))
                .setFullPage(true));
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void homePageIsGermanByDefaultAndSwitchesToEnglishOnTheSamePage() {
        page.navigate(url("/n/metall-kl"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("h2").first()).hasText("Mitglieder");

        page.locator("#lang-en").click();

        assertThat(page).hasURL(Pattern.compile(".*/n/metall-kl\\?lang=en$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h2").first()).hasText("Members");

        // The choice is remembered: the next page without ?lang stays English.
        page.navigate(url("/"));
        assertThat(page.locator("h1"))
                .hasText("Competences, contacts and cooperation in regional networks and clusters");
    }

    @Test
    void demoAdminSignsInAndCreatesAnOrganizationThroughTheUi() {
        String name =
                "Pfalzgießerei Testbetrieb " + UUID.randomUUID().toString().substring(0, 8);

        page.navigate(url("/login"));
        page.locator("#username").fill(ADMIN);
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page.locator("#nav-logout")).isVisible();

        page.navigate(url("/organizations"));
        page.locator("#new-organization").click();
        assertThat(page.locator("h1")).hasText("Organisation anlegen");

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Metall-Cluster Kaiserslautern").check();
        page.getByLabel("Kernkompetenzen", new Page.GetByLabelOptions().setExact(true))
                .fill("Sandguss\nKokillenguss");
        page.locator("#offers0\\.title").fill("Gussteile bis 500 kg");
        page.getByLabel("Postleitzahl", new Page.GetByLabelOptions().setExact(true))
                .fill("6765");
        page.getByLabel("Ort", new Page.GetByLabelOptions().setExact(true)).fill("Kaiserslautern");
        page.locator("#save-organization").click();

        // Invalid input: the form comes back with a localized message at the field, nothing was stored.
        assertThat(page.locator("#postalCode")).hasClass(Pattern.compile(".*is-invalid.*"));
        assertThat(page.locator("#organization-form"))
                .containsText("Eine deutsche Postleitzahl hat genau fünf Ziffern.");
        assertThat(count(name)).isZero();

        page.getByLabel("Postleitzahl", new Page.GetByLabelOptions().setExact(true))
                .fill("67655");
        page.locator("#save-organization").click();

        assertThat(page.locator("#organization-name")).hasText(name);
        assertThat(page.locator("main")).containsText("Sandguss");
        assertThat(page.locator("main")).containsText("Gussteile bis 500 kg");
        assertThat(count(name)).isEqualTo(1);
    }

    @Test
    void editorFillsTheProfileWithConceptSuggestionsAndThePublicPageShowsItInBothLanguages() throws Exception {
        page.navigate(url("/login"));
        page.locator("#username").fill("redaktion@kettering-software.example");
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page.locator("#nav-logout")).isVisible();

        page.navigate(url("/o/kettering-softwarehaus-gmbh/edit"));
        String offer = "Laserbeschriftung von Typenschildern "
                + UUID.randomUUID().toString().substring(0, 6);
        String need = "Partner für Pulverbeschichtung gesucht "
                + UUID.randomUUID().toString().substring(0, 6);

        // Suggestions while typing, with the German and the English label.
        page.locator("#competence-search")
                .pressSequentially(
                        "Laser", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
        com.microsoft.playwright.Locator suggestion =
                page.locator("#concept-suggestions [data-value='Laserschneiden']");
        assertThat(suggestion).isVisible();
        assertThat(suggestion).containsText("Laser cutting");
        suggestion.click();
        assertThat(page.locator("#competences")).hasValue(Pattern.compile(".*Laserschneiden$", Pattern.DOTALL));

        int offers = page.locator("input[id^='offers'][id$='.title']").count();
        page.locator("#offers" + (offers - 1) + "\\.title").fill(offer);
        int needs = page.locator("input[id^='needs'][id$='.title']").count();
        page.locator("#needs" + (needs - 1) + "\\.title").fill(need);
        page.getByLabel("Veröffentlicht", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.locator("#save-organization").click();

        assertThat(page.locator("#organization-name")).hasText("Kettering Softwarehaus GmbH");
        assertThat(page.locator("main")).containsText(offer);
        assertThat(page.locator("main")).containsText(need);
        assertThat(page.locator("#competence-concepts")).containsText("Laserschneiden");

        // A logo, checked by content and served with its content type.
        Path logo = Files.createTempFile("logo", ".png");
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", logo.toFile());
        page.locator("#logo-file").setInputFiles(logo);
        page.locator("#media-upload form").first().locator("button").click();
        assertThat(page.locator("img.network-logo")).isVisible();

        // The public sees it too, in German and in English.
        page.locator("#nav-logout").click();
        page.navigate(url("/o/kettering-softwarehaus-gmbh?lang=de"));
        assertThat(page.locator("main")).containsText(offer);
        assertThat(page.locator("#competence-concepts")).containsText("Laserschneiden");
        page.navigate(url("/o/kettering-softwarehaus-gmbh?lang=en"));
        assertThat(page.locator("#competence-concepts")).containsText("Laser cutting");
        assertThat(page.locator("main")).containsText("Services offered to others");
        var logoResponse =
                page.request().get(url(page.locator("img.network-logo").getAttribute("src")));
        assertThat(logoResponse.headers().get("content-type")).isEqualTo("image/png");
    }

    @Test
    void searchUpdatesWhileTypingWithoutAPageLoadAndMapsTheNearestPowderCoaters() {
        List<String> blocked = new java.util.ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blocked.add(message.location() + ": " + message.text());
            }
        });
        List<String> searches = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/search?")) {
                searches.add(request.url());
            }
        });
        page.navigate(url("/search"));
        // A full page load would lose this mark: it proves that the results change in place.
        page.evaluate("() => { window.atlasJourneyMark = true; }");

        // Keyboard only: the search field is reached with Tab, and typing updates the results after a pause.
        for (int i = 0; i < 30 && !"search-q".equals(page.evaluate("() => document.activeElement.id")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.locator("#search-q")).isFocused();
        page.keyboard().type("Pulverbeschichtung", new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(30));
        assertThat(page).hasURL(Pattern.compile(".*/search\\?.*q=Pulverbeschichtung.*"));
        assertThat(page.locator("#search-hits .search-hit-name").first()).isVisible();
        assertThat(page.locator("#search-q")).isFocused();

        page.locator("#search-near").fill("67655");
        page.locator("#search-radius").selectOption("30");

        assertThat(page).hasURL(Pattern.compile(".*near=67655.*radiusKm=30.*"));
        assertThat(page.locator("#search-hits .search-hit-name").first()).hasText("Lauterer Oberflächentechnik GmbH");
        assertThat(page.locator("#search-hits .search-hit")).hasCount(3);
        assertThat(page.locator("[data-result-map]")).isVisible();
        assertThat(page.locator("[data-result-map] .leaflet-marker-icon")).hasCount(3);
        // The marker images load (a broken image has no natural width).
        page.waitForFunction("() => [...document.querySelectorAll('[data-result-map] img.leaflet-marker-icon')]"
                + ".every(img => img.complete && img.naturalWidth > 0)");
        // Typing the place and choosing the radius each sent a search; a late answer redraws the map and would close
        // a popup opened before it, so the click waits until no search is on its way.
        page.waitForFunction("() => document.querySelectorAll('.htmx-request').length === 0");
        // Leaving a field fires "change" after its typing pause already searched for the same values; such a repeat
        // is not sent, as its answer would redraw the results and the map under the pointer.
        assertThat(searches).doesNotHaveDuplicates();
        // On a loaded machine the click can land while Leaflet still settles the first view, and Leaflet drops it;
        // a person would click again, and so does the test (at most three times).
        Locator popupLink = page.locator("[data-result-map] .leaflet-popup-content a");
        for (int attempt = 0; attempt < 3 && popupLink.count() == 0; attempt++) {
            page.locator("[data-result-map] .leaflet-marker-icon").first().click();
            try {
                popupLink.first().waitFor(new Locator.WaitForOptions().setTimeout(2_000));
            } catch (TimeoutError notYet) {
                // clicked too early: the loop clicks again
            }
        }
        assertThat(popupLink).isVisible();
        assertThat(page.evaluate("() => window.atlasJourneyMark === true")).isEqualTo(true);

        // An unknown postal code: the message appears at the field, still without a page load.
        page.locator("#search-near").fill("00000");
        assertThat(page.locator("#search-near-error")).hasText("Die Postleitzahl 00000 kennen wir nicht.");
        assertThat(page.locator("#search-near")).hasAttribute("aria-invalid", "true");
        assertThat(page.evaluate("() => window.atlasJourneyMark === true")).isEqualTo(true);
        assertThat(blocked).isEmpty();

        // The visitor opens the nearest coater's profile, then reads it in English: same profile, other language.
        page.locator("#search-near").fill("67655");
        assertThat(page.locator("#search-hits .search-hit-name").first()).hasText("Lauterer Oberflächentechnik GmbH");
        page.locator("#search-hits .search-hit-name").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/o/lauterer-oberflaechentechnik-gmbh$"));
        assertThat(page.locator("h1")).hasText("Lauterer Oberflächentechnik GmbH");
        assertThat(page.locator("main")).containsText("Lohnbeschichter im Industriegebiet Nord");
        page.locator("#lang-en").click();
        assertThat(page).hasURL(Pattern.compile(".*/o/lauterer-oberflaechentechnik-gmbh\\?lang=en$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Lauterer Oberflächentechnik GmbH");
        assertThat(page.locator("main")).containsText("Job coater in the northern industrial park");
    }

    @Test
    void searchWorksOnANarrowPhoneScreen() {
        page.setViewportSize(360, 740);
        page.navigate(url("/search?q=Pulverbeschichtung&near=67655&radiusKm=30"));

        assertThat(page.locator("#search-hits .search-hit-name").first()).hasText("Lauterer Oberflächentechnik GmbH");
        assertThat(page.locator("[data-result-map]")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow in px")
                .isLessThanOrEqualTo(0);
    }

    @Test
    void publicPagesFitANarrowPhoneScreenInBothLanguages() {
        page.setViewportSize(360, 740);
        List<String> overflowing = new java.util.ArrayList<>();
        for (String path : List.of(
                "/",
                "/networks",
                "/n/metall-kl",
                "/organizations",
                "/o/lauterer-oberflaechentechnik-gmbh",
                "/o/kettering-softwarehaus-gmbh",
                "/about",
                "/impressum",
                "/login",
                "/register")) {
            for (String language : List.of("de", "en")) {
                page.navigate(url(path + "?lang=" + language));
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                if (((Number) overflow).intValue() > 0) {
                    overflowing.add(path + " (" + language + "): " + overflow + " px");
                }
            }
        }
        assertThat(overflowing).as("pages wider than 360 px").isEmpty();
    }

    @Test
    void unknownPageShowsTheLocalizedNotFoundPage() {
        page.navigate(url("/o/gibt-es-nicht"));
        assertThat(page.locator("h1")).hasText("Seite nicht gefunden");
    }

    @Test
    void visitorAppliesForMembershipCorrectsAMistakeAndTheOfficeFindsTheApplication() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Westpfalz Blechbau " + suffix;
        String email = "bewerbung-" + suffix + "@test.example";

        page.navigate(url("/n/metall-kl"));
        page.locator("#apply-link").click();
        assertThat(page.locator("h1")).hasText("Mitglied werden bei Metall-Cluster Kaiserslautern");
        long opened = System.currentTimeMillis();

        page.locator("#organizationName").fill(name);
        page.locator("#kind").selectOption("COMPANY");
        page.locator("#postalCode").fill("6765");
        page.locator("#city").fill("Kaiserslautern");
        page.locator("#employees").fill("12");
        page.locator("#contactFirstName").fill("Bernd");
        page.locator("#contactLastName").fill("Blech");
        page.locator("#email").fill(email);
        page.locator("#competences").fill("Abkanten\nSchweißen");
        page.locator("#consent").check();
        page.locator("#submit-application").click();

        // One mistake: the message stands at the field, and the keyboard focus is on the summary that lists it.
        assertThat(page.locator("#postalCode")).hasClass(Pattern.compile(".*is-invalid.*"));
        assertThat(page.locator("#postalCode-error")).hasText("Eine deutsche Postleitzahl hat genau fünf Ziffern.");
        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#error-summary a[href='#postalCode']")).isVisible();
        assertThat(page.locator("#organizationName")).hasValue(name);
        assertThat(applications(email)).isZero();

        page.locator("#postalCode").fill("67655");
        // The server takes submissions faster than a person can fill the form for a bot's; a person needs seconds.
        long waited = System.currentTimeMillis() - opened;
        if (waited < 3500) {
            page.waitForTimeout(3500 - waited);
        }
        page.locator("#submit-application").click();

        assertThat(page.locator("#thanks-title")).hasText("Vielen Dank für Ihre Bewerbung");
        assertThat(applications(email)).isEqualTo(1);

        page.navigate(url("/login"));
        page.locator("#username").fill("office.metall-kl@clusteratlas.example");
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page.locator("#nav-logout")).isVisible();
        page.navigate(url("/n/metall-kl"));
        page.locator("#network-applications").click();

        assertThat(page.locator("#applications")).containsText(name);
        page.getByText(name).click();
        assertThat(page.locator("#application-name")).hasText(name);
        assertThat(page.locator("#admission-hints")).containsText("Unternehmen – Mitgliedschaft mit Beitrag");
    }

    @Test
    void anOfficeLogsAnInteractionWithAFollowUpAndFindsItUnderMyTasks() throws Exception {
        page.navigate(url("/login"));
        page.locator("#username").fill("office.metall-kl@clusteratlas.example");
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page.locator("#nav-logout")).isVisible();
        page.navigate(url("/n/metall-kl"));
        page.locator("#network-crm").click();
        page.locator("#crm-members").click();
        assertThat(page.locator("#member-q")).isVisible();
        page.navigate(url("/n/metall-kl/crm/organizations?q=Wendel"));
        page.locator("#members a").first().click();

        String subject = "Besuch " + UUID.randomUUID().toString().substring(0, 8);
        page.locator("#kind").selectOption("VISIT");
        page.locator("#subject").fill(subject);
        page.locator("#notes").fill("Schweißroboter angesehen; Kapazität in der Spätschicht.");
        page.locator("#followUpTitle").fill("Angebot Laserzuschnitt anfragen – " + subject);
        page.locator("#followUpDue")
                .fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
                        .plusDays(7)
                        .toString());
        page.locator("#interaction-form button[type=submit]").click();

        assertThat(page.locator("#interaction-logged")).isVisible();
        assertThat(page.locator("#interactions")).containsText(subject);
        page.navigate(url("/n/metall-kl/crm/tasks"));
        assertThat(page.locator("#task-view-mine")).hasAttribute("aria-current", "page");
        assertThat(page.locator("#tasks")).containsText("Angebot Laserzuschnitt anfragen – " + subject);
        assertThat(page.locator("#tasks")).containsText("Pfälzer Landtechnik Wendel GmbH");

        // Done with htmx: the row leaves "my tasks" without a page load.
        page.locator("#tasks tr", new Page.LocatorOptions().setHasText(subject))
                .locator("button")
                .click();
        assertThat(page.locator("#results")).not().containsText(subject);

        // The segment as CSV and the member's contacts as vCard, as the browser downloads them.
        page.navigate(url("/n/metall-kl/crm/organizations?q=Wendel"));
        com.microsoft.playwright.Download csv =
                page.waitForDownload(() -> page.locator("#members-csv").click());
        String segment = Files.readString(csv.path(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(segment).startsWith("\uFEFF").contains("Pfälzer Landtechnik Wendel GmbH;");
        page.locator("#members a").first().click();
        com.microsoft.playwright.Download vcf =
                page.waitForDownload(() -> page.locator("#contacts-vcard").click());
        String cards = Files.readString(vcf.path(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(cards)
                .contains("VERSION:4.0")
                .contains("FN:Peter Wendel")
                .contains("Pfälzer Landtechnik Wendel GmbH");
    }

    private int applications(String email) {
        return jdbc.queryForObject("select count(*) from membership_application where email = ?", Integer.class, email);
    }

    private int count(String name) {
        return jdbc.queryForObject("select count(*) from organization where name = ?", Integer.class, name);
    }
}
