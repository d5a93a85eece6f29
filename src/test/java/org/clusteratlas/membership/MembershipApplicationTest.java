package org.clusteratlas.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.identity.Accounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Applying for membership through the public form, and the office's review and decision. */
@RecordApplicationEvents
class MembershipApplicationTest extends AtlasPageTest {

    static final String NETWORK = "metall-kl";

    @Autowired
    ApplicationEvents events;

    /** A complete, valid application as the form would send it, opened a minute ago. */
    private static MultiValueMap<String, String> application(String name, String email) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("organizationName", name);
        form.add("kind", "COMPANY");
        form.add("postalCode", "67655");
        form.add("city", "Kaiserslautern");
        form.add("website", "www.pfalz-blech.example.de");
        form.add("employees", "35");
        form.add("contactFirstName", "Petra");
        form.add("contactLastName", "Pfälzer");
        form.add("email", email);
        form.add("phone", "0631 123456");
        form.add("competences", "Laserschneiden, Abkanten\nPulverbeschichtung");
        form.add("message", "Wir suchen Partner für Baugruppen.");
        form.add("consent", "true");
        form.add("homepage", "");
        form.add("startedAt", String.valueOf(Instant.now().minusSeconds(60).toEpochMilli()));
        return form;
    }

    private static String newEmail() {
        return unique("bewerbung") + "@test.example";
    }

    private MvcResult submit(String network, MultiValueMap<String, String> form, String lang) throws Exception {
        return mvc.perform(post("/n/" + network + "/apply")
                        .param("lang", lang)
                        .params(form)
                        .with(csrf()))
                .andReturn();
    }

    private int count(String email) {
        Integer count = jdbc.queryForObject(
                "select count(*) from membership_application where lower(email) = lower(?)", Integer.class, email);
        return count == null ? 0 : count;
    }

    private UUID applicationId(String email) {
        return jdbc.queryForObject("select id from membership_application where email = ?", UUID.class, email);
    }

    /** Submits a valid application to metall-kl and returns its id. */
    private UUID applied(String name, String email, Map<String, String> changes) throws Exception {
        MultiValueMap<String, String> form = application(name, email);
        changes.forEach((field, value) -> set(form, field, value));
        MvcResult result = submit(NETWORK, form, "de");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/n/" + NETWORK + "/apply/thanks");
        return applicationId(email);
    }

    private MvcResult perform(String method, String url, RequestPostProcessor who, String note) throws Exception {
        var request =
                method.equals("GET") ? get(url) : post(url).param("note", note).with(csrf());
        return mvc.perform(request.with(who)).andReturn();
    }

    private static RequestPostProcessor anonymous() {
        return request -> request;
    }

    @Test
    void networkPageLinksToTheApplicationForm() throws Exception {
        Document page = page(mvc.perform(get("/n/" + NETWORK)).andReturn());

        assertThat(page.select("#apply-link").attr("href")).isEqualTo("/n/" + NETWORK + "/apply");
        assertThat(page.select("#network-applications")).isEmpty();
    }

    @Test
    void validApplicationIsStoredAndMailsTheApplicantInTheirLanguageAndTheOffice() throws Exception {
        String email = newEmail();
        String name = unique("Pfalzblech GmbH");
        int officeMails = mailsTo(office(NETWORK)).size();

        MvcResult result = submit(NETWORK, application(name, email), "en");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/n/" + NETWORK + "/apply/thanks");
        assertThat(count(email)).isEqualTo(1);
        Map<String, Object> stored = jdbc.queryForMap("select * from membership_application where email = ?", email);
        assertThat(stored.get("STATUS")).isEqualTo("PENDING");
        assertThat(stored.get("WEBSITE")).isEqualTo("https://www.pfalz-blech.example.de");
        assertThat(stored.get("COMPETENCES")).isEqualTo("Laserschneiden\nAbkanten\nPulverbeschichtung");
        assertThat(stored.get("LANGUAGE")).isEqualTo("en");
        assertThat(jdbc.queryForMap(
                        "select purpose, granted, source from privacy_consent where email = ?",
                        email.toLowerCase(java.util.Locale.ROOT)))
                .as("the consent given with the form is on record")
                .containsEntry("PURPOSE", "MEMBERSHIP_APPLICATION")
                .containsEntry("GRANTED", true);

        assertThat(mailsTo(email)).singleElement().asString().contains("Hello Petra Pfälzer", "thank you", name);
        List<String> toOffice = mailsTo(office(NETWORK));
        assertThat(toOffice).hasSize(officeMails + 1);
        assertThat(toOffice.getLast())
                .contains(name, "http://localhost:8080/n/metall-kl/applications/" + applicationId(email));

        Document thanks = page(mvc.perform(get("/n/" + NETWORK + "/apply/thanks")
                        .param("lang", "en")
                        .flashAttrs(result.getFlashMap()))
                .andReturn());
        assertThat(thanks.select("h1").text()).isEqualTo("Thank you for your application");
        assertThat(thanks.select("#application-duplicate")).isEmpty();
    }

    @Test
    void invalidEntriesComeBackWithGermanMessagesAtTheFieldsAndInTheSummary() throws Exception {
        String email = newEmail();
        MultiValueMap<String, String> form = application("", email);
        set(form, "postalCode", "00000");
        set(form, "website", "keine adresse");
        form.remove("consent");

        MvcResult result = submit(NETWORK, form, "de");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select("#organizationName").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#organizationName").attr("aria-describedby")).isEqualTo("organizationName-error");
        assertThat(page.select("#organizationName-error").text()).isEqualTo("Bitte ausfüllen.");
        assertThat(page.select("#postalCode-error").text()).isEqualTo("Die Postleitzahl 00000 kennen wir nicht.");
        assertThat(page.select("#website-error").text()).startsWith("Bitte geben Sie eine Webadresse an");
        assertThat(page.select("#consent-error").text())
                .isEqualTo("Ohne Ihre Einwilligung können wir die Bewerbung nicht bearbeiten.");
        assertThat(page.select("#error-summary").attr("tabindex")).isEqualTo("-1");
        assertThat(page.select("#error-summary a").eachAttr("href"))
                .contains("#organizationName", "#postalCode", "#website", "#consent");
        assertThat(page.select("#error-summary a[href=#organizationName]").text())
                .isEqualTo("Name der Organisation: Bitte ausfüllen.");
        // What was typed stays, so only the mistakes need fixing.
        assertThat(page.select("#email").val()).isEqualTo(email);
        assertThat(count(email)).isZero();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void invalidEntriesComeBackWithEnglishMessages() throws Exception {
        String email = newEmail();
        MultiValueMap<String, String> form = application("Mainzer Metall", email);
        set(form, "city", "Mainz");
        set(form, "employees", "viele");
        set(form, "email", "kein-at-zeichen");

        Document page = page(submit(NETWORK, form, "en"));

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("#city-error").text())
                .isEqualTo("Mainz is not within postal code 67655 (that is Kaiserslautern).");
        assertThat(page.select("#city").val()).isEqualTo("Mainz");
        assertThat(page.select("#employees-error").text()).isEqualTo("Please enter a whole number.");
        assertThat(page.select("#email-error").text()).isEqualTo("Please give a valid email address.");
        assertThat(page.select("#error-summary h2").text()).isEqualTo("Please check your entries");
        assertThat(count("kein-at-zeichen")).isZero();
    }

    @Test
    void botFillingTheHoneypotSeesTheThankYouPageButNothingIsStoredOrMailed() throws Exception {
        String email = newEmail();
        MultiValueMap<String, String> form = application("Spam GmbH", email);
        set(form, "homepage", "http://spam.example");

        MvcResult result = submit(NETWORK, form, "de");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/n/" + NETWORK + "/apply/thanks");
        assertThat(count(email)).isZero();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void submissionFasterThanAPersonCanTypeIsNotStoredButMaySimplyBeSentAgain() throws Exception {
        String email = newEmail();
        MultiValueMap<String, String> form = application("Blitz GmbH", email);
        set(form, "startedAt", String.valueOf(Instant.now().toEpochMilli()));

        Document page = page(submit(NETWORK, form, "de"));

        assertThat(page.select("#error-summary").text()).contains("Das ging sehr schnell.");
        assertThat(count(email)).isZero();
        // The form keeps the original opening time: sent again later, it goes through.
        assertThat(page.select("input[name=startedAt]").val()).isEqualTo(form.getFirst("startedAt"));
    }

    @Test
    void theSamePendingApplicationIsStoredOnceAndTheApplicantIsToldKindly() throws Exception {
        String email = newEmail();
        String name = unique("Doppel GmbH");
        submit(NETWORK, application(name, email), "de");

        MultiValueMap<String, String> again =
                application(name.toUpperCase(java.util.Locale.ROOT), email.toUpperCase(java.util.Locale.ROOT));
        MvcResult result = submit(NETWORK, again, "de");

        assertThat(count(email)).isEqualTo(1);
        assertThat(mailsTo(email)).hasSize(1);
        Document thanks =
                page(mvc.perform(get("/n/" + NETWORK + "/apply/thanks").flashAttrs(result.getFlashMap()))
                        .andReturn());
        assertThat(thanks.select("#application-duplicate").text()).contains("liegt der Geschäftsstelle", "bereits vor");
        // Another network is another application.
        assertThat(submit("it-westpfalz", application(name, email), "de")
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/thanks");
        assertThat(count(email)).isEqualTo(2);
    }

    @Test
    void onlyTheOfficeOfTheNetworkSeesAndDecidesItsApplications() throws Exception {
        String email = newEmail();
        String name = unique("Sichtbar GmbH");
        UUID id = applied(name, email, Map.of());
        String list = "/n/" + NETWORK + "/applications";
        String detail = list + "/" + id;

        assertThat(html(perform("GET", list, signedIn(office(NETWORK)), null))).contains(name);
        assertThat(page(perform("GET", detail, signedIn(office(NETWORK)), null))
                        .select("#application-name")
                        .text())
                .isEqualTo(name);
        assertThat(html(perform("GET", list, signedIn(ADMIN), null))).contains(name);
        assertThat(perform("GET", list, signedIn(office("it-westpfalz")), null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform("GET", detail, signedIn(MEMBER), null).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(perform("GET", detail, anonymous(), null).getResponse().getRedirectedUrl())
                .endsWith("/login");
        // Another office cannot reach it through its own network either.
        assertThat(perform("GET", "/n/it-westpfalz/applications/" + id, signedIn(office("it-westpfalz")), null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform("POST", detail + "/accept", signedIn(office("it-westpfalz")), "")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform("POST", detail + "/reject", signedIn(EDITOR), "")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select status from membership_application where id = ?", String.class, id))
                .isEqualTo("PENDING");
        assertThat(page(mvc.perform(get("/n/" + NETWORK).with(signedIn(office(NETWORK))))
                                .andReturn())
                        .select("#network-applications")
                        .attr("href"))
                .isEqualTo(list);
    }

    @Test
    void officeSeesAdmissionHintsComputedFromTheApplication() throws Exception {
        String big = unique("Grosskonzern AG");
        String association = unique("Förderverein Metall");
        UUID bigId = applied(big, newEmail(), Map.of("employees", "1200", "partOfGroup", "true"));
        UUID associationId = applied(association, newEmail(), Map.of("kind", "ASSOCIATION", "employees", "0"));

        Document bigPage =
                page(perform("GET", "/n/" + NETWORK + "/applications/" + bigId, signedIn(office(NETWORK)), null));
        assertThat(bigPage.select("#admission-hints li").eachText())
                .containsExactly(
                        "1.200 Beschäftigte: mehr als die höchstens 249, mit denen Unternehmen aufgenommen werden.",
                        "Gehört nach eigener Angabe zu einer Kette oder Unternehmensgruppe: Solche werden nicht"
                                + " aufgenommen.",
                        "Unternehmen – Mitgliedschaft mit Beitrag");
        Document associationPage = page(perform(
                "GET",
                "/n/" + NETWORK + "/applications/" + associationId + "?lang=en",
                signedIn(office(NETWORK)),
                null));
        assertThat(associationPage.select("#admission-hints li").eachText())
                .containsExactly("Association or social institution – free membership");

        // Pending first; the htmx request gets the list alone.
        MvcResult fragment = mvc.perform(get("/n/" + NETWORK + "/applications")
                        .param("show", "pending")
                        .header("HX-Request", "true")
                        .with(signedIn(office(NETWORK))))
                .andReturn();
        assertThat(html(fragment)).doesNotContain("<html").contains(big, association);
    }

    @Test
    void acceptingCreatesADraftProfileInTheNetworkWithTheContactAndTheApplicantAsEditor() throws Exception {
        String email = newEmail();
        String name = unique("Aufnahme GmbH");
        UUID id = applied(name, email, Map.of());
        String detail = "/n/" + NETWORK + "/applications/" + id;

        MvcResult result = perform("POST", detail + "/accept", signedIn(office(NETWORK)), "Willkommen an Bord!");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(detail);
        Map<String, Object> organization = jdbc.queryForMap("select * from organization where name = ?", name);
        UUID organizationId = (UUID) organization.get("ID");
        assertThat(organization.get("STATUS")).isEqualTo("DRAFT");
        assertThat(organization.get("KIND")).isEqualTo("COMPANY");
        assertThat(organization.get("POSTAL_CODE")).isEqualTo("67655");
        assertThat(organization.get("WEBSITE")).isEqualTo("https://www.pfalz-blech.example.de");
        assertThat(jdbc.queryForList(
                        "select n.slug from organization_network o join network n on n.id = o.network_id"
                                + " where o.organization_id = ?",
                        String.class,
                        organizationId))
                .containsExactly(NETWORK);
        assertThat(jdbc.queryForList(
                        "select last_name || ', ' || first_name || ', ' || email from organization_contact"
                                + " where organization_id = ?",
                        String.class,
                        organizationId))
                .containsExactly("Pfälzer, Petra, " + email);
        assertThat(accounts.organizationEditors(organizationId))
                .singleElement()
                .satisfies(editor -> assertThat(editor.email()).isEqualTo(email));
        assertThat(jdbc.queryForObject("select status from membership_application where id = ?", String.class, id))
                .isEqualTo("ACCEPTED");
        // The membership record begins with the application, then the admission.
        assertThat(jdbc.queryForList(
                        "select c.to_status from membership_change c join membership m on m.id = c.membership_id"
                                + " where m.organization_id = ? order by c.changed_at",
                        String.class,
                        organizationId))
                .containsExactly("APPLICANT", "ACTIVE");
        assertThat(jdbc.queryForObject(
                        "select fee_category from membership where organization_id = ?", String.class, organizationId))
                .isEqualTo("STANDARD");
        assertThat(events.stream(MembershipAccepted.class))
                .singleElement()
                .satisfies(event -> assertThat(event.organizationId()).isEqualTo(organizationId));

        String slug = (String) organization.get("SLUG");
        assertThat(mailsTo(email).getLast())
                .contains(
                        "als Mitglied aufgenommen",
                        "http://localhost:8080/password/forgot",
                        "http://localhost:8080/o/" + slug + "/edit",
                        "Willkommen an Bord!");
        // The applicant edits the draft right away.
        assertThat(perform("GET", "/o/" + slug + "/edit", signedIn(email), null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(page(perform("GET", detail, signedIn(office(NETWORK)), null))
                        .select("#application-profile")
                        .attr("href"))
                .isEqualTo("/o/" + slug);
        // Decided once: a second decision is refused.
        assertThat(perform("POST", detail + "/reject", signedIn(office(NETWORK)), "")
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void acceptingAnApplicantWithAnAccountSendsThemToSignIn() throws Exception {
        // A fresh account, not a demo one: other tests rely on what the demo accounts edit.
        String email = newEmail();
        UUID account = accounts.ensureVerifiedAccount(email, "Vera Vorhanden", DEMO_PASSWORD, false);
        String name = unique("Vorhanden GmbH");
        UUID id = applied(name, email, Map.of());

        perform("POST", "/n/" + NETWORK + "/applications/" + id + "/accept", signedIn(ADMIN), "");

        UUID organizationId = jdbc.queryForObject("select id from organization where name = ?", UUID.class, name);
        assertThat(accounts.organizationEditors(organizationId))
                .extracting(Accounts.AccountSummary::id)
                .containsExactly(account);
        assertThat(mailsTo(email).getLast())
                .contains("http://localhost:8080/login")
                .doesNotContain("/password/forgot");
    }

    @Test
    void rejectingMailsTheOfficesNoteAndCreatesNothing() throws Exception {
        String email = newEmail();
        String name = unique("Ablehnung GmbH");
        UUID id = applied(name, email, Map.of("employees", "900"));

        MvcResult result = perform(
                "POST",
                "/n/" + NETWORK + "/applications/" + id + "/reject",
                signedIn(office(NETWORK)),
                "Großunternehmen nehmen wir nach unserer Satzung nicht auf.");

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/applications/" + id);
        assertThat(jdbc.queryForObject("select status from membership_application where id = ?", String.class, id))
                .isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from organization where name = ?", Integer.class, name))
                .isZero();
        assertThat(mailsTo(email).getLast())
                .contains(
                        "leider nicht als Mitglied aufnehmen",
                        "Großunternehmen nehmen wir nach unserer Satzung nicht auf.");
        assertThat(events.stream(MembershipRejected.class)).hasSize(1);
    }
}
