package org.clusteratlas.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.identity.NetworkRole;
import org.clusteratlas.shared.storage.BlobStorage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What happens to postings and applications over time and under the office's eye: approval, reports and take-down,
 * renewal reminders, deletion of applications after the retention period, alert digests, status mails, statistics,
 * and that a posting follows its organization's profile visibility. Each test works in its own network with its own
 * organization in Flensburg (24937) and unusual words, so that nothing here shows up in other tests' searches.
 */
class JobLifecycleTest extends AtlasPageTest {

    static final byte[] PDF =
            ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JobBoard board;

    @Autowired
    Applications applications;

    @Autowired
    JobAlertService alerts;

    @Autowired
    BlobStorage storage;

    /** A fresh network with its office, one organization and its editor. */
    record Fixture(String network, String office, String organization, String editor) {}

    private Fixture fixture(String visibility) throws Exception {
        String network = unique("jobnetz");
        MvcResult created = mvc.perform(postJson(
                                "/api/v1/networks",
                                Map.of(
                                        "slug",
                                        network,
                                        "name",
                                        Map.of("de", "Netz " + network, "en", "Network " + network),
                                        "region",
                                        "Flensburg"))
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as("%s", html(created)).isEqualTo(201);
        UUID networkId = jdbc.queryForObject("select id from network where slug = ?", UUID.class, network);
        String office = unique("buero") + "@example.org";
        accounts.assignNetworkRole(
                accounts.ensureVerifiedAccount(office, "Büro", DEMO_PASSWORD, false), networkId, NetworkRole.MANAGER);

        String externalId = unique("förde");
        Map<String, Object> organization =
                new java.util.LinkedHashMap<>(organization(externalId, "Fördewerft " + externalId, network));
        organization.put(
                "address",
                Map.of("street", "Hafendamm 1", "postalCode", "24937", "city", "Flensburg", "country", "DE"));
        organization.put("visibility", visibility);
        MvcResult org = mvc.perform(
                        postJson("/api/v1/organizations", organization).with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(org.getResponse().getStatus()).as("%s", html(org)).isEqualTo(201);
        String slug =
                jdbc.queryForObject("select slug from organization where external_id = ?", String.class, externalId);
        String editor = unique("redaktion") + "@example.org";
        accounts.assignOrganizationEditor(
                accounts.ensureVerifiedAccount(editor, "Ella Editor", DEMO_PASSWORD, false),
                organizationId(externalId));
        return new Fixture(network, office, slug, editor);
    }

    /** The editor posts through the page form; returns the job page's path. */
    private String postJob(Fixture f, String kind, String word, String validThrough) throws Exception {
        var request = post("/o/" + f.organization() + "/jobs")
                .with(signedIn(f.editor()))
                .with(csrf())
                .param("kind", kind)
                .param("titleDe", "Stelle " + word)
                .param("titleEn", "Position " + word)
                .param("descriptionDe", "Wir suchen " + word + ".")
                .param("descriptionEn", "We look for " + word + ".")
                .param("postalCode", "24937", "", "")
                .param("city", "Flensburg", "", "")
                .param("remote", "NONE")
                .param("employmentType", "FULL_TIME")
                .param("channel", "PLATFORM")
                .param("publish", "true");
        if (validThrough != null) {
            request.param("validThrough", validThrough);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("%s", html(result))
                .startsWith("/jobs/");
        return result.getResponse().getRedirectedUrl();
    }

    private UUID postingId(String path) {
        return jdbc.queryForObject(
                "select id from job_posting where slug = ?", UUID.class, path.substring("/jobs/".length()));
    }

    private int status(MvcResult result) {
        return result.getResponse().getStatus();
    }

    private String apply(String path, String name, String email, String language) throws Exception {
        MvcResult applied = mvc.perform(multipart(path + "/apply")
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", PDF))
                        .param("name", name)
                        .param("email", email)
                        .header("Accept-Language", language)
                        .with(csrf()))
                .andReturn();
        assertThat(applied.getResponse().getRedirectedUrl())
                .as("%s", html(applied))
                .isEqualTo(path);
        return jdbc.queryForObject("select id from job_application where email = ?", UUID.class, email)
                .toString();
    }

    @Test
    void whereTheOfficeApprovesAPostingWaitsUntilApprovedAndARejectionTellsTheEditorWhy() throws Exception {
        Fixture f = fixture("PUBLIC");
        mvc.perform(post("/n/" + f.network() + "/jobs/settings")
                        .param("approvalRequired", "true")
                        .with(signedIn(f.office()))
                        .with(csrf()))
                .andReturn();

        String waiting = postJob(f, "JOB", "Kluettenmacher", null);
        assertThat(jdbc.queryForObject("select status from job_posting where id = ?", String.class, postingId(waiting)))
                .isEqualTo("PENDING_APPROVAL");
        assertThat(status(mvc.perform(get(waiting)).andReturn())).isEqualTo(404);
        assertThat(okJson("/api/v1/jobs?q=kluettenmacher", null).get("total").asLong())
                .isZero();
        Document office = page(mvc.perform(get("/n/" + f.network() + "/jobs").with(signedIn(f.office())))
                .andReturn());
        assertThat(office.text()).contains("Stelle Kluettenmacher");

        mvc.perform(post("/n/" + f.network() + "/jobs/" + postingId(waiting) + "/approve")
                        .with(signedIn(f.office()))
                        .with(csrf()))
                .andReturn();

        assertThat(status(mvc.perform(get(waiting)).andReturn())).isEqualTo(200);
        assertThat(okJson("/api/v1/jobs?q=kluettenmacher", null).get("total").asLong())
                .isEqualTo(1);
        assertThat(mailsTo(f.editor())).anySatisfy(mail -> assertThat(mail).contains("Stelle Kluettenmacher"));

        String rejected = postJob(f, "JOB", "Ewerführer", null);
        mvc.perform(post("/n/" + f.network() + "/jobs/" + postingId(rejected) + "/reject")
                        .param("reason", "Bitte ein Gehaltsband angeben.")
                        .with(signedIn(f.office()))
                        .with(csrf()))
                .andReturn();

        assertThat(status(mvc.perform(get(rejected)).andReturn())).isEqualTo(404);
        Document desk = page(mvc.perform(get("/o/" + f.organization() + "/jobs").with(signedIn(f.editor())))
                .andReturn());
        assertThat(desk.selectFirst("#postings").text()).contains("Bitte ein Gehaltsband angeben.");
        assertThat(mailsTo(f.editor())).anySatisfy(mail -> assertThat(mail).contains("Bitte ein Gehaltsband angeben."));
    }

    @Test
    void aReportReachesTheOfficeWhichTakesThePostingDown() throws Exception {
        Fixture f = fixture("PUBLIC");
        String path = postJob(f, "JOB", "Buddelschiffbauer", null);

        mvc.perform(post(path + "/report")
                        .param("reason", "Das ist eine Abzocke mit Vorkasse.")
                        .with(csrf()))
                .andReturn();
        Document office = page(mvc.perform(get("/n/" + f.network() + "/jobs").with(signedIn(f.office())))
                .andReturn());
        assertThat(office.text()).contains("Das ist eine Abzocke mit Vorkasse.");

        mvc.perform(post("/n/" + f.network() + "/jobs/" + postingId(path) + "/reject")
                        .param("reason", "Gemeldet: Vorkasse verlangt.")
                        .with(signedIn(f.office()))
                        .with(csrf()))
                .andReturn();

        assertThat(status(mvc.perform(get(path)).andReturn())).isEqualTo(404);
        assertThat(okJson("/api/v1/jobs?q=buddelschiffbauer", null).get("total").asLong())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_report where posting_id = ? and resolved_at is null",
                        Integer.class,
                        postingId(path)))
                .isZero();
        Document after = page(mvc.perform(get("/n/" + f.network() + "/jobs").with(signedIn(f.office())))
                .andReturn());
        assertThat(after.text()).doesNotContain("Das ist eine Abzocke mit Vorkasse.");
    }

    @Test
    void editorsAreRemindedOnceBeforeTheLastDay() throws Exception {
        Fixture f = fixture("PUBLIC");
        String soon = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3).toString();
        postJob(f, "JOB", "Fischkistenzimmerer", soon);
        postJob(f, "JOB", "Netzflickerei", null);

        board.remind();
        board.remind();

        List<String> mails = mailsTo(f.editor());
        assertThat(mails).filteredOn(m -> m.contains("Fischkistenzimmerer")).hasSize(1);
        assertThat(mails)
                .filteredOn(m -> m.contains("Fischkistenzimmerer"))
                .singleElement()
                .asString()
                .contains(soon);
        assertThat(mails).noneMatch(m -> m.contains("Netzflickerei"));
    }

    @Test
    void applicationsAndTheirFilesAreDeletedAfterTheRetentionPeriod() throws Exception {
        Fixture f = fixture("PUBLIC");
        String path = postJob(f, "JOB", "Seezeichenwart", null);
        String old = apply(path, "Alte Bewerbung", unique("alt") + "@example.org", "de");
        String fresh = apply(path, "Neue Bewerbung", unique("neu") + "@example.org", "de");
        jdbc.update(
                "update job_application set created_at = created_at - interval '200' day where id = ?",
                UUID.fromString(old));
        assertThat(storage.get("jobs/applications/" + old + "/0.pdf")).isPresent();

        applications.deleteExpired();

        assertThat(jdbc.queryForObject(
                        "select count(*) from job_application where id = ?", Integer.class, UUID.fromString(old)))
                .isZero();
        assertThat(storage.get("jobs/applications/" + old + "/0.pdf")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_application where id = ?", Integer.class, UUID.fromString(fresh)))
                .isOne();
        assertThat(storage.get("jobs/applications/" + fresh + "/0.pdf")).isPresent();
    }

    @Test
    void theCandidateIsToldInTheirLanguageWhenTheStatusChanges() throws Exception {
        Fixture f = fixture("PUBLIC");
        String path = postJob(f, "APPRENTICESHIP", "Tampenspleisser", null);
        String email = unique("kandidatin") + "@example.org";
        String id = apply(path, "Kim Kandidatin", email, "en");
        long version = jdbc.queryForObject(
                "select version from job_application where id = ?", Long.class, UUID.fromString(id));

        mvc.perform(post("/o/" + f.organization() + "/jobs/applications/" + id + "/status")
                        .param("status", "INVITED")
                        .param("version", String.valueOf(version))
                        .with(signedIn(f.editor()))
                        .with(csrf()))
                .andReturn();

        List<String> mails = mailsTo(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1))
                .contains("Hello Kim Kandidatin")
                .contains("Position Tampenspleisser")
                .contains("has changed: Invited.");
        assertThat(jdbc.queryForObject(
                        "select status from job_application where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("INVITED");
    }

    @Test
    void aConfirmedAlertMailsNewMatchingPostingsWithTheirLinksAndAnUnsubscribeLink() throws Exception {
        Fixture f = fixture("PUBLIC");
        String email = unique("alarm") + "@example.org";
        mvc.perform(post("/jobs/alerts")
                        .param("email", email)
                        .param("query", "q=labskausbrater")
                        .header("Accept-Language", "en")
                        .with(csrf()))
                .andReturn();
        String token = mailsTo(email).getFirst().replaceAll("(?s).*/jobs/alerts/confirm/([0-9a-f]{64}).*", "$1");
        // A link scanner following the mail's link does not confirm: the page only asks.
        Document ask = page(mvc.perform(get("/jobs/alerts/confirm/" + token)).andReturn());
        assertThat(ask.select("#alert-confirm")).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select confirmed_at from job_alert where token = ?", java.sql.Timestamp.class, token))
                .isNull();
        mvc.perform(post("/jobs/alerts/confirm/" + token).with(csrf())).andReturn();
        assertThat(jdbc.queryForObject(
                        "select confirmed_at from job_alert where token = ?", java.sql.Timestamp.class, token))
                .isNotNull();

        String path = postJob(f, "JOB", "Labskausbrater", null);
        postJob(f, "JOB", "Pharisaeerkocher", null);
        alerts.sendDigests();
        alerts.sendDigests();

        List<String> mails = mailsTo(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1))
                .contains("new postings for \"labskausbrater\"")
                .contains("Position Labskausbrater")
                .contains(path)
                .contains("/jobs/alerts/unsubscribe/" + token)
                .doesNotContain("Pharisaeerkocher");
    }

    @Test
    void statisticsCountPostingsAndApplicationsPerMonthAndKindAlsoAsCsv() throws Exception {
        Fixture f = fixture("PUBLIC");
        String apprenticeship = postJob(f, "APPRENTICESHIP", "Kutterlotse", null);
        postJob(f, "JOB", "Kutterlotsin", null);
        postJob(f, "JOB", "Kuttermaat", null);
        apply(apprenticeship, "Eins", unique("eins") + "@example.org", "de");
        apply(apprenticeship, "Zwei", unique("zwei") + "@example.org", "de");
        String month = java.time.YearMonth.now(ZoneId.of("Europe/Berlin")).toString();

        MvcResult csv = mvc.perform(get("/n/" + f.network() + "/jobs/statistics.csv")
                        .header("Accept-Language", "en")
                        .with(signedIn(f.office())))
                .andReturn();
        Document page =
                page(mvc.perform(get("/n/" + f.network() + "/jobs/statistics").with(signedIn(f.office())))
                        .andReturn());

        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8).lines())
                .contains(
                        "Table,Value,Postings,Applications",
                        "Month," + month + ",3,2",
                        "Kind,Apprenticeship,1,2",
                        "Kind,Job,2,0");
        assertThat(page.text()).contains(month);
        assertThat(status(mvc.perform(get("/n/" + f.network() + "/jobs/statistics.csv")
                                .with(signedIn(EDITOR)))
                        .andReturn()))
                .isIn(403, 404);
    }

    @Test
    void aPostingOfAMembersOnlyProfileIsNotPublicButItsEditorSeesWhy() throws Exception {
        Fixture f = fixture("MEMBERS");
        String path = postJob(f, "JOB", "Moewenschreck", null);

        assertThat(status(mvc.perform(get(path)).andReturn())).isEqualTo(404);
        assertThat(okJson("/api/v1/jobs?q=moewenschreck", null).get("total").asLong())
                .isZero();
        assertThat(html(mvc.perform(get("/jobs/feed.xml?q=moewenschreck")).andReturn()))
                .doesNotContain("Moewenschreck");
        assertThat(status(mvc.perform(multipart(path + "/apply")
                                .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", PDF))
                                .param("name", "Niemand")
                                .param("email", unique("niemand") + "@example.org")
                                .with(csrf()))
                        .andReturn()))
                .isEqualTo(404);
        Document own = page(mvc.perform(get(path).with(signedIn(f.editor()))).andReturn());
        assertThat(own.select("#not-public")).hasSize(1);
        assertThat(own.select("script[type=application/ld+json]")).isEmpty();

        // Made public, the posting is found at once: nothing about it had to be re-indexed.
        jdbc.update("update organization set visibility = 'PUBLIC' where slug = ?", f.organization());
        assertThat(status(mvc.perform(get(path)).andReturn())).isEqualTo(200);
        assertThat(okJson("/api/v1/jobs?q=moewenschreck", null).get("total").asLong())
                .isEqualTo(1);
    }
}
