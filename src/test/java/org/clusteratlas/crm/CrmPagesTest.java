package org.clusteratlas.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/**
 * The office's CRM pages, without JavaScript and with htmx: logging an interaction with a follow-up, finding it under
 * "my tasks" and "overdue", marking it done, form errors in the user's language, and other offices kept out.
 */
class CrmPagesTest extends AtlasPageTest {

    static final String OFFICE_A = office("it-westpfalz");
    static final String BASE = "/n/it-westpfalz/crm";

    private MvcResult perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andReturn();
    }

    private MvcResult logInteraction(UUID organization, String subject, String followUp, LocalDate due)
            throws Exception {
        Document page =
                page(perform(get(BASE + "/organizations/" + organization).with(signedIn(OFFICE_A))));
        Element form = page.selectFirst("#interaction-form");
        assertThat(form).isNotNull();
        MultiValueMap<String, String> values = formValues(form);
        set(values, "kind", "MEETING");
        set(values, "subject", subject);
        set(values, "notes", "Rundgang <b>durch</b> die Fertigung");
        set(values, "followUpTitle", followUp);
        set(values, "followUpDue", due == null ? "" : due.toString());
        return perform(post(form.attr("action"))
                .with(params(values))
                .with(csrf())
                .with(signedIn(OFFICE_A))
                .header("Accept-Language", "de"));
    }

    @Test
    void anInteractionWithAFollowUpAppearsInTheLogAndUnderMyTasksUntilDone() throws Exception {
        UUID kettering = organizationId("demo-it-001");
        String subject = unique("Besuch");
        String followUp = "Protokoll senden " + subject;
        MvcResult logged = logInteraction(
                kettering,
                subject,
                followUp,
                LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).minusDays(1));
        assertThat(logged.getResponse().getStatus()).as(html(logged)).isEqualTo(302);

        Document organization =
                page(perform(get(logged.getResponse().getRedirectedUrl()).with(signedIn(OFFICE_A))));
        assertThat(organization.select("#interactions li").text()).contains(subject, "Treffen");
        assertThat(organization.select("#interactions").html())
                .as("notes are text, never markup")
                .contains("&lt;b&gt;durch&lt;/b&gt;");
        assertThat(organization.select("#organization-tasks").text()).contains(followUp);

        Document mine = page(perform(get(BASE + "/tasks").with(signedIn(OFFICE_A))));
        Element row = mine.select("#tasks tr").stream()
                .filter(r -> r.text().contains(followUp))
                .findFirst()
                .orElseThrow();
        assertThat(row.hasClass("table-danger")).as("overdue since yesterday").isTrue();
        assertThat(page(perform(get(BASE + "/tasks?show=overdue").with(signedIn(OFFICE_A))))
                        .select("#tasks")
                        .text())
                .contains(followUp);

        // Done from the list with htmx: the list comes back alone, without the task.
        Element done = row.selectFirst("form");
        MvcResult fragment = perform(post(done.attr("action"))
                .with(params(formValues(done)))
                .with(csrf())
                .with(signedIn(OFFICE_A))
                .header("HX-Request", "true"));
        assertThat(fragment.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(fragment)).doesNotContain("<html").doesNotContain(followUp);
        assertThat(page(perform(get(BASE + "/tasks?show=done").with(signedIn(OFFICE_A))))
                        .select("#tasks")
                        .text())
                .contains(followUp);
    }

    @Test
    void aMissingSubjectIsShownAtItsFieldAndNothingIsLogged() throws Exception {
        UUID kettering = organizationId("demo-it-001");
        String followUp = unique("Verwaist");
        MvcResult result = logInteraction(kettering, "", followUp, null);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select("#subject.is-invalid")).hasSize(1);
        assertThat(page.select("#interaction-form .invalid-feedback").text()).isNotBlank();
        Integer tasks = jdbc.queryForObject("select count(*) from crm_task where title = ?", Integer.class, followUp);
        assertThat(tasks).as("no follow-up without its interaction").isZero();
    }

    @Test
    void theOfficeSuspendsAndEndsAMembershipOnTheMembersPageAndStillFindsTheFormerMember() throws Exception {
        String externalId = unique("pg");
        MvcResult created = mvc.perform(postJson(
                                "/api/v1/organizations",
                                organization(externalId, unique("Ruhend GmbH"), "it-westpfalz"))
                        .with(as(tokenFor(OFFICE_A))))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        UUID organization = organizationId(externalId);
        String url = BASE + "/organizations/" + organization;

        Element form = page(perform(get(url).with(signedIn(OFFICE_A)))).selectFirst("#membership-form");
        assertThat(form).isNotNull();
        MultiValueMap<String, String> values = formValues(form);
        set(values, "status", "SUSPENDED");
        MvcResult noReason = perform(post(form.attr("action"))
                .with(params(values))
                .with(csrf())
                .with(signedIn(OFFICE_A))
                .header("Accept-Language", "de"));
        assertThat(noReason.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(noReason).select("#membership-reason.is-invalid")).hasSize(1);
        assertThat(page(noReason).select("#membership-form .invalid-feedback").text())
                .contains("Bitte nennen Sie einen Grund");

        set(values, "status", "TERMINATED");
        set(values, "reason", "Betrieb eingestellt");
        MvcResult ended = perform(post(form.attr("action"))
                .with(params(values))
                .with(csrf())
                .with(signedIn(OFFICE_A))
                .header("Accept-Language", "de"));
        assertThat(ended.getResponse().getStatus()).as(html(ended)).isEqualTo(302);

        // The former member left the network, but its CRM page and history stay with the office.
        Document after = page(perform(get(url).with(signedIn(OFFICE_A))));
        assertThat(after.select("#membership-status").text()).isEqualTo("Beendet");
        assertThat(after.select("#membership-history li")).hasSize(2);
        assertThat(after.select("#membership-history").text()).contains("Betrieb eingestellt");
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization_network where organization_id = ?",
                        Integer.class,
                        organization))
                .isZero();
    }

    @Test
    void theDashboardShowsMembersByStatusAndTypeOverdueTasksAndRecentInteractions() throws Exception {
        UUID kettering = organizationId("demo-it-001");
        String subject = unique("Jahresgespräch");
        String followUp = "Nachfassen " + subject;
        logInteraction(
                kettering,
                subject,
                followUp,
                LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).minusDays(3));

        MvcResult result = perform(get(BASE).with(signedIn(OFFICE_A)));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select("#dashboard-members-h").text()).matches("\\d+ Mitglieder");
        Element full = page.select("#dashboard-members tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals("Vollmitglied"))
                .findFirst()
                .orElseThrow();
        assertThat(Integer.parseInt(full.selectFirst("td a").text())).isPositive();
        assertThat(full.selectFirst("td a").attr("href")).contains("status=ACTIVE", "type=full");
        assertThat(page.select("#dashboard-overdue").text()).contains(followUp);
        assertThat(page.select("#dashboard-interactions").text()).contains(subject, "Kettering Softwarehaus GmbH");
        assertThat(perform(get(BASE).with(signedIn(office("lautern-impuls"))))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theOfficeFindsADuplicatePreviewsTheMergeAndMergesIt() throws Exception {
        String name = "Doppel " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "d");
        List<UUID> ids = new java.util.ArrayList<>();
        for (String legal : List.of(" GmbH", " GmbH & Co. KG")) {
            String externalId = unique("pgdup");
            java.util.Map<String, Object> organization = organization(externalId, name + legal, "it-westpfalz");
            organization.put(
                    "address",
                    java.util.Map.of("street", "Kai 2", "postalCode", "24837", "city", "Schleswig", "country", "DE"));
            assertThat(mvc.perform(postJson("/api/v1/organizations", organization)
                                    .with(as(tokenFor(OFFICE_A))))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(201);
            ids.add(organizationId(externalId));
        }

        Document list = page(perform(get(BASE + "/duplicates").with(signedIn(OFFICE_A))));
        Element keep = list.select("#duplicates a").stream()
                .filter(a -> a.attr("href").contains("survivor=" + ids.get(0))
                        && a.attr("href").contains("duplicate=" + ids.get(1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(list.select("#duplicates").text()));
        Document preview = page(perform(get(keep.attr("href")).with(signedIn(OFFICE_A))));
        assertThat(preview.select("#merge-summary").text()).contains(name + " GmbH & Co. KG", "gelöscht");
        Element form = preview.selectFirst("#merge-form");
        MvcResult merged = perform(post(form.attr("action"))
                .with(params(formValues(form)))
                .with(csrf())
                .with(signedIn(OFFICE_A)));
        assertThat(merged.getResponse().getRedirectedUrl()).isEqualTo(BASE + "/organizations/" + ids.get(0));
        assertThat(jdbc.queryForObject("select count(*) from organization where id = ?", Integer.class, ids.get(1)))
                .isZero();
    }

    @Test
    void theAuditTrailShowsWhoChangedWhatFromWhatToWhat() throws Exception {
        String externalId = unique("audit");
        java.util.Map<String, Object> organization = organization(externalId, unique("Protokoll GmbH"), "it-westpfalz");
        organization.put("website", "https://alt.example");
        String token = tokenFor(OFFICE_A);
        assertThat(mvc.perform(postJson("/api/v1/organizations", organization).with(as(token)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
        UUID id = organizationId(externalId);
        organization.put("website", "https://neu.example");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                        "/api/v1/organizations/" + id)
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content(toJson(organization))
                                .with(as(token)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        Document page = page(perform(get(BASE + "/organizations/" + id).with(signedIn(OFFICE_A))));

        assertThat(page.select("#audit-trail li li").eachText())
                .contains("website: https://alt.example → https://neu.example");
        assertThat(page.select("#audit-trail").text()).contains("geändert");
    }

    @Test
    void otherOfficesAndMembersAreKeptOut() throws Exception {
        UUID kettering = organizationId("demo-it-001");
        assertThat(perform(get(BASE + "/tasks").with(signedIn(office("lautern-impuls"))))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(get(BASE + "/organizations/" + kettering).with(signedIn(MEMBER)))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // An organization that is not a member of the network has no CRM page there.
        assertThat(perform(get(BASE + "/organizations/" + organizationId("demo-kl-001"))
                                .with(signedIn(OFFICE_A)))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theMembersListLeadsToAMembersCrmPage() throws Exception {
        Document members = page(perform(get(BASE + "/organizations?q=Kettering").with(signedIn(OFFICE_A))));
        Element link = members.selectFirst("#members a");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Kettering Softwarehaus GmbH");
        assertThat(perform(get(link.attr("href")).with(signedIn(OFFICE_A)))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(page(perform(get("/n/it-westpfalz").with(signedIn(OFFICE_A))))
                        .select("#network-crm"))
                .hasSize(1);
    }
}
