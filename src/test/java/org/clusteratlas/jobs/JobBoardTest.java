package org.clusteratlas.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.jobs.internal.JobPostings;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The job board end to end through pages and API: posting, JSON-LD, search in English near a postal code, expiry,
 * applications with PDF checks, and that applications stay with the posting organization. Fixtures live in 24xxx
 * postal codes with unusual words ("Reetdachdecker…", "Wattwurm…").
 */
class JobBoardTest extends AtlasPageTest {

    static final String KETTERING = "kettering-softwarehaus-gmbh";
    static final byte[] PDF =
            ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JobBoard board;

    @Autowired
    JobPostings postings;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    /** The editor posts through the page form; returns the job page's path. */
    private String postApprenticeship(String word) throws Exception {
        MvcResult result = mvc.perform(post("/o/" + KETTERING + "/jobs")
                        .with(signedIn(EDITOR))
                        .with(csrf())
                        .param("kind", "APPRENTICESHIP")
                        .param("titleDe", "Ausbildung " + word + " (m/w/d)")
                        .param("titleEn", "Apprenticeship as " + word + " technician")
                        .param("descriptionDe", "Du lernst " + word + " von Grund auf.")
                        .param("descriptionEn", "You learn " + word + " from scratch.")
                        .param("postalCode", "24937", "", "")
                        .param("city", "Flensburg", "", "")
                        .param("remote", "NONE")
                        .param("employmentType", "FULL_TIME")
                        .param("hoursPerWeek", "39")
                        .param("salaryMin", "1000")
                        .param("salaryMax", "1200")
                        .param("salaryCurrency", "EUR")
                        .param("salaryPeriod", "MONTH")
                        .param("channel", "PLATFORM")
                        .param("publish", "true"))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("%s", html(result))
                .startsWith("/jobs/");
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void publishedApprenticeshipCarriesJobPostingJsonLdWithGooglesRequiredFields() throws Exception {
        String path = postApprenticeship("Reetdachdecker");

        Document page = page(mvc.perform(get(path)).andReturn());
        JsonNode ld = json.readTree(
                page.selectFirst("script[type=application/ld+json]").data());

        assertThat(ld.get("@type").asString()).isEqualTo("JobPosting");
        assertThat(ld.get("title").asString()).contains("Reetdachdecker");
        assertThat(ld.get("description").asString()).contains("Reetdachdecker");
        assertThat(ld.get("datePosted").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(ld.get("validThrough").asString()).matches("\\d{4}-\\d{2}-\\d{2}T23:59:59\\+0[12]:00");
        assertThat(ld.get("hiringOrganization").get("name").asString()).isEqualTo("Kettering Softwarehaus GmbH");
        assertThat(ld.get("jobLocation").get(0).get("address").get("postalCode").asString())
                .isEqualTo("24937");
        assertThat(ld.get("employmentType").get(0).asString()).isEqualTo("FULL_TIME");
        assertThat(ld.get("baseSalary").get("value").get("minValue").decimalValue())
                .isEqualByComparingTo("1000.00");
    }

    @Test
    void visitorFindsThePostingSearchingInEnglishNearAPostalCodeButNotFarAway() throws Exception {
        String path = postApprenticeship("Wattwurmzucht");

        JsonNode near = okJson("/api/v1/jobs?q=apprenticeship+wattwurmzucht&near=24939&radiusKm=10", null);
        JsonNode far = okJson("/api/v1/jobs?q=apprenticeship+wattwurmzucht&near=67655&radiusKm=10", null);

        assertThat(near.get("hits").values().stream()
                        .map(h -> "/jobs/" + h.get("slug").asString()))
                .contains(path);
        assertThat(far.get("total").asLong()).isZero();
        Document page = page(mvc.perform(get("/jobs?q=apprenticeship+wattwurmzucht&near=24939&lang=en"))
                .andReturn());
        assertThat(page.select("#jobs-hits a").eachAttr("href")).contains(path);
    }

    @Test
    void expiredPostingsDisappearFromSearchAndFeeds() throws Exception {
        String path = postApprenticeship("Krabbenpuhler");
        String slug = path.substring("/jobs/".length());
        assertThat(html(mvc.perform(get("/jobs/feed.xml?q=krabbenpuhler")).andReturn()))
                .contains(slug);

        jdbc.update("update job_posting set valid_through = valid_through - 400 where slug = ?", slug);
        transactions.executeWithoutResult(tx -> Search.session(entityManager)
                .indexingPlan()
                .addOrUpdate(postings.findBySlug(slug).orElseThrow()));
        board.expire();

        assertThat(okJson("/api/v1/jobs?q=krabbenpuhler", null).get("total").asLong())
                .isZero();
        assertThat(html(mvc.perform(get("/jobs/feed.xml?q=krabbenpuhler")).andReturn()))
                .doesNotContain(slug);
        assertThat(html(mvc.perform(get("/n/it-westpfalz/jobs/feed.xml")).andReturn()))
                .doesNotContain(slug);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select status from job_posting where slug = ?", String.class, slug))
                .isEqualTo("EXPIRED");
    }

    @Test
    void candidateAppliesWithAPdfGetsAConfirmationAndTheCompanySeesTheApplication() throws Exception {
        String path = postApprenticeship("Deichschaf");
        String email = unique("bewerberin") + "@example.org";

        MvcResult applied = mvc.perform(multipart(path + "/apply")
                        .file(new MockMultipartFile("cv", "lebenslauf.pdf", "application/pdf", PDF))
                        .param("name", "Frauke Deichschaf")
                        .param("email", email)
                        .param("message", "Moin!")
                        .header("Accept-Language", "en")
                        .with(csrf()))
                .andReturn();

        assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo(path);
        assertThat(mailsTo(email)).singleElement().asString().contains("thank you for your application");
        Document desk = page(mvc.perform(get("/o/" + KETTERING + "/jobs").with(signedIn(EDITOR)))
                .andReturn());
        assertThat(desk.select("#applications a").eachText()).contains("Frauke Deichschaf");
        String applicationPath = desk.select("#applications a").stream()
                .filter(a -> a.text().equals("Frauke Deichschaf"))
                .findFirst()
                .orElseThrow()
                .attr("href");
        MvcResult document = mvc.perform(get(applicationPath + "/documents/0").with(signedIn(EDITOR)))
                .andReturn();
        assertThat(document.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void aNonPdfOrAnOversizedFileIsRefusedWithAClearLocalizedMessage() throws Exception {
        String path = postApprenticeship("Halligwarft");
        String email = unique("refused") + "@example.org";

        Document notPdf = page(mvc.perform(multipart(path + "/apply")
                        .file(new MockMultipartFile(
                                "cv", "cv.pdf", "application/pdf", "GIF89a fake".getBytes(StandardCharsets.US_ASCII)))
                        .param("name", "Test")
                        .param("email", email)
                        .header("Accept-Language", "de")
                        .with(csrf()))
                .andReturn());
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Document tooLarge = page(mvc.perform(multipart(path + "/apply")
                        .file(new MockMultipartFile("cv", "huge.pdf", "application/pdf", big))
                        .param("name", "Test")
                        .param("email", email)
                        .header("Accept-Language", "en")
                        .with(csrf()))
                .andReturn());

        assertThat(notPdf.selectFirst("#apply-cv-error").text())
                .isEqualTo("Es werden nur PDF-Dateien angenommen: „cv.pdf“ ist kein PDF.");
        assertThat(tooLarge.selectFirst("#apply-cv-error").text())
                .isEqualTo("\"huge.pdf\" is too large: at most 5 MB per file.");
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void anotherOrganizationCannotReadTheApplication() throws Exception {
        String path = postApprenticeship("Fischbroetchen");
        String email = unique("kandidat") + "@example.org";
        mvc.perform(multipart(path + "/apply")
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", PDF))
                        .param("name", "Kandidat")
                        .param("email", email)
                        .with(csrf()))
                .andReturn();
        UUID applicationId = jdbc.queryForObject("select id from job_application where email = ?", UUID.class, email);
        UUID postingId =
                jdbc.queryForObject("select posting_id from job_application where email = ?", UUID.class, email);
        // Another member organization with its own editor.
        String otherExtId = unique("andere-firma");
        mvc.perform(postJson("/api/v1/organizations", organization(otherExtId, "Andere Firma", "it-westpfalz"))
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        String otherSlug =
                jdbc.queryForObject("select slug from organization where external_id = ?", String.class, otherExtId);
        String otherEditor = unique("editor") + "@example.org";
        UUID account = accounts.ensureVerifiedAccount(otherEditor, "Andere", DEMO_PASSWORD, false);
        accounts.assignOrganizationEditor(account, organizationId(otherExtId));

        int viaOwnDesk = mvc.perform(get("/o/" + otherSlug + "/jobs/applications/" + applicationId)
                        .with(signedIn(otherEditor)))
                .andReturn()
                .getResponse()
                .getStatus();
        int viaKetteringDesk = mvc.perform(get("/o/" + KETTERING + "/jobs/applications/" + applicationId)
                        .with(signedIn(otherEditor)))
                .andReturn()
                .getResponse()
                .getStatus();
        int viaApi = getAs("/api/v1/jobs/" + postingId + "/applications", tokenFor(otherEditor))
                .getResponse()
                .getStatus();
        int ownersApi = getAs("/api/v1/jobs/" + postingId + "/applications", tokenFor(EDITOR))
                .getResponse()
                .getStatus();

        assertThat(viaOwnDesk).isEqualTo(404);
        assertThat(viaKetteringDesk).isEqualTo(403);
        assertThat(viaApi).isEqualTo(404);
        assertThat(ownersApi).isEqualTo(200);
    }

    @Test
    void salaryMinimumAboveMaximumIsRefusedNextToTheField() throws Exception {
        Map<String, Object> posting = new java.util.LinkedHashMap<>();
        posting.put(
                "organizationId",
                jdbc.queryForObject("select id from organization where slug = ?", UUID.class, KETTERING));
        posting.put("kind", "JOB");
        posting.put("title", Map.of("de", "Priggenmacher"));
        posting.put("description", Map.of("de", "Priggen"));
        posting.put("locations", List.of(Map.of("postalCode", "24937", "city", "Flensburg")));
        posting.put("remote", "NONE");
        posting.put("employmentType", "FULL_TIME");
        posting.put("salaryMin", 3000);
        posting.put("salaryMax", 2000);
        posting.put("salaryCurrency", "EUR");
        posting.put("salaryPeriod", "MONTH");
        posting.put("channel", "PLATFORM");

        MvcResult result = mvc.perform(postJson("/api/v1/jobs", posting).with(bearer(tokenFor(EDITOR))))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(result).get("errors"))).containsExactly("salaryMax");
    }

    @Test
    void jobAlertMailsNothingBeforeTheDoubleOptInAndUnsubscribesWithTheMailsLink() throws Exception {
        String email = unique("alarm") + "@example.org";
        mvc.perform(post("/jobs/alerts")
                        .param("email", email)
                        .param("query", "q=strandkorbflechter")
                        .with(csrf()))
                .andReturn();
        String confirmation = mailsTo(email).getFirst();
        String token = confirmation.replaceAll("(?s).*/jobs/alerts/confirm/([0-9a-f]{64}).*", "$1");
        assertThat(jdbc.queryForObject(
                        "select confirmed_at from job_alert where token = ?", java.sql.Timestamp.class, token))
                .isNull();

        mvc.perform(post("/jobs/alerts/confirm/" + token).with(csrf())).andReturn();
        assertThat(jdbc.queryForObject(
                        "select confirmed_at from job_alert where token = ?", java.sql.Timestamp.class, token))
                .isNotNull();
        mvc.perform(post("/jobs/alerts/unsubscribe/" + token).with(csrf())).andReturn();

        assertThat(jdbc.queryForObject("select count(*) from job_alert where token = ?", Integer.class, token))
                .isZero();
        assertThat(confirmation.toLowerCase(Locale.ROOT)).contains("/jobs/alerts/unsubscribe/" + token);
    }

    @Test
    void theDemoDataOffersAnApprenticeshipAndAWorkingStudentPositionInKaiserslautern() throws Exception {
        JsonNode apprenticeship = okJson("/api/v1/jobs?q=Fachinformatiker+Anwendungsentwicklung&near=67655", null);
        JsonNode student = okJson("/api/v1/jobs?kind=WORKING_STUDENT&near=67655", null);

        assertThat(apprenticeship.get("hits").values().stream()
                        .map(h -> h.get("title").get("de").asString()))
                .contains("Ausbildung Fachinformatiker/in Anwendungsentwicklung (m/w/d)");
        assertThat(student.get("hits").values().stream()
                        .map(h -> h.get("organizationName").asString()))
                .contains("Nexwave Analytics GmbH");
    }
}
