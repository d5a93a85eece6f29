package org.clusteratlas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.identity.NetworkRole;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * A network's joint projects: public ones on its pages, members-only and office-only ones never shown to others,
 * written by the office with partners, milestones and documents. Each test has a network of its own.
 */
class ProjectsTest extends AtlasPageTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final String KETTERING = "kettering-softwarehaus-gmbh";

    private String network;
    private String office;
    private String member;
    private String officeToken;

    @BeforeEach
    void ownNetwork() throws Exception {
        network = unique("projekte");
        MvcResult created = mvc.perform(
                        postJson("/api/v1/networks", Map.of("slug", network, "name", Map.of("de", "Projekt Netz")))
                                .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        UUID networkId = jdbc.queryForObject("select id from network where slug = ?", UUID.class, network);
        office = "office." + network + "@test.example";
        accounts.assignNetworkRole(
                accounts.ensureVerifiedAccount(office, "Paula Projekt", DEMO_PASSWORD, false),
                networkId,
                NetworkRole.MANAGER);
        member = "member." + network + "@test.example";
        accounts.assignNetworkRole(
                accounts.ensureVerifiedAccount(member, "Max Mitglied", DEMO_PASSWORD, false),
                networkId,
                NetworkRole.MEMBER);
        officeToken = tokenFor(office);
    }

    private static Map<String, Object> project(String title, String visibility) {
        Map<String, Object> project = new HashMap<>();
        project.put("titleDe", title);
        project.put("status", "RUNNING");
        project.put("visibility", visibility);
        return project;
    }

    private JsonNode create(Map<String, Object> project) throws Exception {
        MvcResult result = mvc.perform(
                        postJson("/api/v1/projects?network=" + network, project).with(bearer(officeToken)))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(201);
        return body(result);
    }

    private MvcResult upload(String projectSlug, String title, boolean isPublic, byte[] content) throws Exception {
        return mvc.perform(multipart("/n/" + network + "/projects/" + projectSlug + "/documents")
                        .file(new MockMultipartFile("file", "bericht.pdf", "application/pdf", content))
                        .param("title", title)
                        .param("publicDocument", String.valueOf(isPublic))
                        .with(signedIn(office))
                        .with(csrf()))
                .andReturn();
    }

    private String documentId(String projectSlug, String title) {
        return jdbc.queryForObject(
                "select cast(d.id as varchar(36)) from project_document d join project p on p.id = d.project_id"
                        + " join network n on n.id = p.network_id where n.slug = ? and p.slug = ? and d.title = ?",
                String.class,
                network,
                projectSlug,
                title);
    }

    private int status(MvcResult result) {
        return result.getResponse().getStatus();
    }

    @Test
    void aPublicProjectIsShownOnTheNetworkPageAndAnOfficeOnlyOneNever() throws Exception {
        String open = unique("Cluster-Akzelerator Westpfalz");
        String internal = unique("Interne Strategie");
        create(project(open, "PUBLIC"));
        create(project(internal, "OFFICE"));

        for (String viewer : new String[] {null, office}) {
            var request = get("/n/" + network);
            Document page = page(mvc.perform(viewer == null ? request : request.with(signedIn(viewer)))
                    .andReturn());
            assertThat(page.select("#latest-projects").text()).contains(open).doesNotContain(internal);
        }
        Document anonymousList =
                page(mvc.perform(get("/n/" + network + "/projects")).andReturn());
        assertThat(anonymousList.select("#projects").text()).contains(open).doesNotContain(internal);
        Document officeList =
                page(mvc.perform(get("/n/" + network + "/projects").with(signedIn(office)))
                        .andReturn());
        assertThat(officeList.select("#projects").text()).contains(open, internal);
        assertThat(officeList.select("#new-project").attr("href")).isEqualTo("/n/" + network + "/projects/new");
    }

    @Test
    void partnersAndMilestonesAreSavedThroughTheFormWithoutJavaScript() throws Exception {
        Document form = page(mvc.perform(get("/n/" + network + "/projects/new").with(signedIn(office)))
                .andReturn());
        MultiValueMap<String, String> values = formValues(form.selectFirst("#project-form"));
        String title = unique("Gemeinsame Fertigungsplattform");
        set(values, "titleDe", title);
        set(values, "visibility", "PUBLIC");
        set(values, "startsOn", "2026-01-01");
        set(values, "endsOn", "2027-12-31");
        set(values, "budget", "250000.005");
        set(values, "partners[0].organization", KETTERING);
        set(values, "partners[0].role", "Konsortialführung");
        set(values, "milestones[0].title", "Anforderungen erhoben");
        set(values, "milestones[0].dueOn", "2026-03-31");
        set(values, "milestones[0].doneOn", "2026-03-20");

        // "Add row" gives a second partner row, keeping what was typed.
        MvcResult more = mvc.perform(post("/n/" + network + "/projects")
                        .with(params(values))
                        .param("add", "partners")
                        .with(signedIn(office))
                        .with(csrf()))
                .andReturn();
        Document withRow = page(more);
        assertThat(withRow.select("input[name='partners[1].name']")).hasSize(1);
        values = formValues(withRow.selectFirst("#project-form"));
        set(values, "partners[1].name", "Hochschule Kaiserslautern");
        set(values, "partners[1].role", "Forschungspartner");

        MvcResult saved = mvc.perform(post("/n/" + network + "/projects")
                        .with(params(values))
                        .with(signedIn(office))
                        .with(csrf()))
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/n/" + network + "/projects/");
        Map<String, Object> row = jdbc.queryForMap("select * from project where title_de = ?", title);
        assertThat((BigDecimal) row.get("BUDGET")).isEqualByComparingTo("250000.01");
        UUID id = (UUID) row.get("ID");
        assertThat(jdbc.queryForList(
                        "select coalesce(name, 'platform') || ' / ' || role from project_partner where project_id = ?"
                                + " order by position",
                        String.class,
                        id))
                .containsExactly("platform / Konsortialführung", "Hochschule Kaiserslautern / Forschungspartner");
        assertThat(jdbc.queryForMap("select * from project_milestone where project_id = ?", id))
                .containsEntry("TITLE", "Anforderungen erhoben")
                .containsEntry("DONE", true);

        Document detail =
                page(mvc.perform(get(saved.getResponse().getRedirectedUrl())).andReturn());
        assertThat(detail.select("#project-partners li").eachText())
                .containsExactly(
                        "Kettering Softwarehaus GmbH (Konsortialführung)",
                        "Hochschule Kaiserslautern (Forschungspartner)");
        assertThat(detail.select("#project-partners a").attr("href")).isEqualTo("/o/" + KETTERING);
        assertThat(detail.select("#project-milestones li").text())
                .contains("Anforderungen erhoben", "fällig am 2026-03-31", "erreicht am 2026-03-20");
        assertThat(detail.select("#project-budget").text()).isEqualTo("250.000,01 EUR");

        JsonNode api = okJson("/api/v1/projects/" + id, null);
        assertThat(api.get("budget").decimalValue()).isEqualByComparingTo("250000.01");
        assertThat(api.get("budgetCurrency").asString()).isEqualTo("EUR");
        assertThat(api.at("/partners/0/organizationSlug").asString()).isEqualTo(KETTERING);
        assertThat(api.at("/milestones/0/doneOn").asString()).isEqualTo("2026-03-20");
    }

    @Test
    void anonymousVisitorsNeverSeeNonPublicProjectsOrDocuments() throws Exception {
        JsonNode open = create(project(unique("Offenes Projekt"), "PUBLIC"));
        JsonNode members = create(project(unique("Mitgliederprojekt"), "MEMBERS"));
        JsonNode internal = create(project(unique("Büroprojekt"), "OFFICE"));
        String openSlug = open.get("slug").asString();
        String membersSlug = members.get("slug").asString();
        assertThat(upload(openSlug, "Abschlussbericht", true, PDF).getResponse().getRedirectedUrl())
                .isEqualTo("/n/" + network + "/projects/" + openSlug);
        upload(openSlug, "Kalkulation", false, PDF);
        upload(membersSlug, "Protokoll", true, PDF);
        String report =
                "/n/" + network + "/projects/" + openSlug + "/documents/" + documentId(openSlug, "Abschlussbericht");
        String costing =
                "/n/" + network + "/projects/" + openSlug + "/documents/" + documentId(openSlug, "Kalkulation");
        String minutes =
                "/n/" + network + "/projects/" + membersSlug + "/documents/" + documentId(membersSlug, "Protokoll");

        assertThat(okJson("/api/v1/projects?network=" + network, null).values().stream()
                        .map(p -> p.get("slug").asString())
                        .toList())
                .containsExactly(openSlug);
        assertThat(okJson("/api/v1/projects?network=" + network, tokenFor(member))
                        .size())
                .isEqualTo(2);
        assertThat(okJson("/api/v1/projects?network=" + network, officeToken).size())
                .isEqualTo(3);
        assertThat(status(getAs("/api/v1/projects/" + members.get("id").asString(), null)))
                .isEqualTo(404);
        assertThat(status(getAs("/api/v1/projects/" + internal.get("id").asString(), tokenFor(member))))
                .isEqualTo(404);
        assertThat(status(mvc.perform(get("/n/" + network + "/projects/" + membersSlug))
                        .andReturn()))
                .isEqualTo(404);
        assertThat(status(mvc.perform(get("/n/" + network + "/projects/"
                                + internal.get("slug").asString()))
                        .andReturn()))
                .isEqualTo(404);

        Document page =
                page(mvc.perform(get("/n/" + network + "/projects/" + openSlug)).andReturn());
        assertThat(page.select("#project-documents a").eachText()).containsExactly("Abschlussbericht");
        MvcResult download = mvc.perform(get(report)).andReturn();
        assertThat(status(download)).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(status(mvc.perform(get(costing)).andReturn())).isEqualTo(404);
        assertThat(status(mvc.perform(get(costing).with(signedIn(member))).andReturn()))
                .isEqualTo(404);
        assertThat(status(mvc.perform(get(costing).with(signedIn(office))).andReturn()))
                .isEqualTo(200);
        // A public document of a members-only project is not public.
        assertThat(status(mvc.perform(get(minutes)).andReturn())).isEqualTo(404);
        assertThat(status(mvc.perform(get(minutes).with(signedIn(member))).andReturn()))
                .isEqualTo(200);
    }

    @Test
    void aPartnerWhoseProfileOnlyItsOwnNetworkSeesIsKeptWhenTheOfficeEditsAndHiddenFromVisitors() throws Exception {
        String externalId = unique("prjpartner");
        String partnerName = unique("Verborgene Werkstatt GmbH");
        Map<String, Object> organization = organization(externalId, partnerName, "it-westpfalz");
        organization.put("visibility", "NETWORK_OFFICE");
        organization.put(
                "address", Map.of("street", "Hafen 1", "postalCode", "24937", "city", "Flensburg", "country", "DE"));
        assertThat(status(mvc.perform(
                                postJson("/api/v1/organizations", organization).with(bearer(ADMIN_TOKEN)))
                        .andReturn()))
                .isEqualTo(201);
        String partnerSlug =
                jdbc.queryForObject("select slug from organization where external_id = ?", String.class, externalId);
        Map<String, Object> project = project(unique("Verbundprojekt"), "PUBLIC");
        project.put("partners", List.of(Map.of("organization", partnerSlug, "role", "Fertigung")));
        // The platform admin sees every profile and adds the partner; this network's office cannot open it.
        MvcResult created = mvc.perform(
                        postJson("/api/v1/projects?network=" + network, project).with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(status(created)).isEqualTo(201);
        String slug = body(created).get("slug").asString();
        assertThat(status(mvc.perform(get("/o/" + partnerSlug).with(signedIn(office)))
                        .andReturn()))
                .isIn(403, 404);

        Document form = page(
                mvc.perform(get("/n/" + network + "/projects/" + slug + "/edit").with(signedIn(office)))
                        .andReturn());
        MultiValueMap<String, String> values = formValues(form.selectFirst("#project-form"));
        assertThat(values.getFirst("partners[0].organization")).isEqualTo(partnerSlug);
        set(values, "descriptionDe", "Gemeinsam fertigen.");
        MvcResult saved = mvc.perform(post("/n/" + network + "/projects/" + slug + "/edit")
                        .with(params(values))
                        .with(signedIn(office))
                        .with(csrf()))
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/n/" + network + "/projects/" + slug);
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_partner pp join project p on p.id = pp.project_id"
                                + " where p.slug = ? and pp.organization_id is not null",
                        Integer.class,
                        slug))
                .isEqualTo(1);
        MvcResult visit =
                mvc.perform(get("/n/" + network + "/projects/" + slug)).andReturn();
        assertThat(status(visit)).isEqualTo(200);
        Document visitor = page(visit);
        assertThat(visitor.select("#project-title").text()).startsWith("Verbundprojekt");
        assertThat(visitor.select("#project-partners").text()).doesNotContain(partnerName);
        assertThat(okJson("/api/v1/projects/" + body(created).get("id").asString(), null)
                        .get("partners")
                        .isEmpty())
                .isTrue();
        assertThat(jdbc.queryForObject("select description_de from project where slug = ?", String.class, slug))
                .isEqualTo("Gemeinsam fertigen.");
        assertThat(visitor.select(".localized-text").text()).contains("Gemeinsam fertigen.");
    }

    @Test
    void onlyPdfsAreTakenAsProjectDocuments() throws Exception {
        String slug =
                create(project(unique("Upload Projekt"), "PUBLIC")).get("slug").asString();

        MvcResult result = upload(slug, "Nicht wirklich PDF", true, "<html>x</html>".getBytes(StandardCharsets.UTF_8));

        assertThat(result.getFlashMap().get("documentError")).isEqualTo("Erlaubt sind nur PDF-Dateien.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_document where title = 'Nicht wirklich PDF'", Integer.class))
                .isZero();
    }

    @Test
    void anotherNetworksOfficeIsRefusedOrDoesNotFindTheProject() throws Exception {
        JsonNode open = create(project(unique("Fremdes Projekt"), "PUBLIC"));
        JsonNode internal = create(project(unique("Geheimes Projekt"), "OFFICE"));
        String other = tokenFor(office("it-westpfalz"));
        String change = toJson(project("Übernommen", "PUBLIC"));

        assertThat(status(getAs("/api/v1/projects/" + internal.get("id").asString(), other)))
                .isEqualTo(404);
        assertThat(status(mvc.perform(put("/api/v1/projects/" + open.get("id").asString())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(change)
                                .with(bearer(other)))
                        .andReturn()))
                .isEqualTo(403);
        assertThat(status(
                        mvc.perform(put("/api/v1/projects/" + internal.get("id").asString())
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(change)
                                        .with(bearer(other)))
                                .andReturn()))
                .isEqualTo(404);
        assertThat(status(
                        mvc.perform(delete("/api/v1/projects/" + open.get("id").asString())
                                        .with(bearer(other)))
                                .andReturn()))
                .isEqualTo(403);
        assertThat(status(mvc.perform(postJson("/api/v1/projects?network=" + network, project("X", "PUBLIC"))
                                .with(bearer(other)))
                        .andReturn()))
                .isEqualTo(403);
        assertThat(status(mvc.perform(get("/n/" + network + "/projects/"
                                        + open.get("slug").asString() + "/edit")
                                .with(signedIn(office("it-westpfalz"))))
                        .andReturn()))
                .isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select title_de from project where id = ?",
                        String.class,
                        UUID.fromString(open.get("id").asString())))
                .isEqualTo(open.at("/title/de").asString());
        // The office itself deletes.
        assertThat(status(
                        mvc.perform(delete("/api/v1/projects/" + open.get("id").asString())
                                        .with(bearer(officeToken)))
                                .andReturn()))
                .isEqualTo(204);
    }

    @Test
    void invalidProjectsAreRefusedWithAMessagePerField() throws Exception {
        Map<String, Object> bad = project(" ", "PUBLIC");
        bad.remove("status");
        bad.put("startsOn", "2026-06-01");
        bad.put("endsOn", "2026-05-31");
        bad.put("budget", -1);
        bad.put("programmeId", UUID.randomUUID().toString());
        bad.put(
                "partners",
                List.of(Map.of("organization", "gibt-es-nicht-" + UUID.randomUUID()), Map.of("role", "Beirat")));
        bad.put("milestones", List.of(Map.of("dueOn", "2026-07-01")));

        MvcResult result = mvc.perform(postJson("/api/v1/projects?network=" + network, bad)
                        .header("Accept-Language", "de")
                        .with(bearer(officeToken)))
                .andReturn();

        assertThat(status(result)).isEqualTo(400);
        JsonNode errors = body(result).get("errors");
        assertThat(errorFields(errors))
                .containsExactly(
                        "titleDe",
                        "status",
                        "endsOn",
                        "programmeId",
                        "budget",
                        "partners[0].organization",
                        "partners[1].name",
                        "milestones[0].title");
        assertThat(errors.get(2).get("message").asString()).isEqualTo("Das Ende liegt vor dem Beginn.");

        // The page shows the message next to the field and keeps what was typed.
        MvcResult page = mvc.perform(post("/n/" + network + "/projects")
                        .param("titleDe", "Zeitreise")
                        .param("status", "PLANNED")
                        .param("visibility", "PUBLIC")
                        .param("startsOn", "2026-06-01")
                        .param("endsOn", "2026-05-31")
                        .param("milestones[0].title", "Start")
                        .param("milestones[0].dueOn", "morgen")
                        .with(signedIn(office))
                        .with(csrf()))
                .andReturn();
        assertThat(status(page)).isEqualTo(200);
        Document form = page(page);
        assertThat(form.select("input[name=milestones[0].dueOn] + .invalid-feedback")
                        .text())
                .isEqualTo("Bitte ein Datum in der Form JJJJ-MM-TT angeben.");
        assertThat(form.select("#titleDe").val()).isEqualTo("Zeitreise");
        assertThat(jdbc.queryForObject("select count(*) from project where title_de = 'Zeitreise'", Integer.class))
                .isZero();
        MvcResult dates = mvc.perform(post("/n/" + network + "/projects")
                        .param("titleDe", "Zeitreise")
                        .param("status", "PLANNED")
                        .param("visibility", "PUBLIC")
                        .param("startsOn", "2026-06-01")
                        .param("endsOn", "2026-05-31")
                        .with(signedIn(office))
                        .with(csrf()))
                .andReturn();
        assertThat(page(dates).select("#endsOn + .invalid-feedback").text())
                .isEqualTo("Das Ende liegt vor dem Beginn.");
    }

    @Test
    void theApiDescriptionListsTheProjectResources() throws Exception {
        JsonNode paths = okJson("/v3/api-docs", null).get("paths");

        assertThat(paths.has("/api/v1/projects")).isTrue();
        assertThat(paths.get("/api/v1/projects/{id}").has("put")).isTrue();
        assertThat(paths.get("/api/v1/projects/{id}").has("delete")).isTrue();
        assertThat(paths.has("/api/v1/funding-programmes")).isTrue();
        assertThat(paths.get("/api/v1/admission-rules/{network}").has("put")).isTrue();
        assertThat(paths.has("/api/v1/membership-applications/{id}")).isTrue();
    }

    @Test
    void aProjectNamesAFundingProgrammeOfItsNetwork() throws Exception {
        MvcResult created = mvc.perform(postJson(
                                "/api/v1/funding-programmes?network=" + network,
                                Map.of(
                                        "nameDe", "Cluster-Akzelerator",
                                        "funder", "Land Rheinland-Pfalz",
                                        "url", "https://foerderung.example.de/akzelerator",
                                        "fundingRate", 50))
                        .with(bearer(officeToken)))
                .andReturn();
        assertThat(status(created)).isEqualTo(200);
        String programme = body(created).get("id").asString();
        Map<String, Object> project = project(unique("Gefördertes Projekt"), "PUBLIC");
        project.put("programmeId", programme);

        JsonNode saved = create(project);

        assertThat(saved.at("/programme/funder").asString()).isEqualTo("Land Rheinland-Pfalz");
        assertThat(saved.at("/programme/fundingRate").decimalValue()).isEqualByComparingTo("50.00");
        Document page =
                page(mvc.perform(get("/n/" + network + "/projects/programmes").with(signedIn(office)))
                        .andReturn());
        assertThat(page.select("#programmes").text()).contains("Cluster-Akzelerator", "Land Rheinland-Pfalz");
        // Another network's projects cannot name it.
        MvcResult foreign = mvc.perform(postJson("/api/v1/projects?network=it-westpfalz", project)
                        .with(bearer(tokenFor(office("it-westpfalz")))))
                .andReturn();
        assertThat(status(foreign)).isEqualTo(400);
        assertThat(errorFields(body(foreign).get("errors"))).containsExactly("programmeId");
        // Platform-wide programmes are for platform admins.
        assertThat(status(mvc.perform(postJson("/api/v1/funding-programmes", Map.of("nameDe", "X", "funder", "Y"))
                                .with(bearer(officeToken)))
                        .andReturn()))
                .isEqualTo(403);
    }
}
