package org.clusteratlas.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The platform admin's outbox: list, recipient filter (also as htmx fragment) and the detail page of one mail. */
class MailAdminTest extends AtlasPageTest {

    /** Registers a new account, which stores a verification mail to it; returns its address. */
    private String registerSomeone(String prefix) throws Exception {
        String email = unique(prefix) + "@test.example";
        mvc.perform(post("/register")
                        .param("displayName", "Paul Post")
                        .param("email", email)
                        .param("password", "lang-genuges-Passwort")
                        .param("passwordRepeat", "lang-genuges-Passwort")
                        .with(csrf()))
                .andExpect(redirectedUrl("/register/sent"));
        return email;
    }

    private UUID mailId(String recipient) {
        return jdbc.queryForObject("select id from mail_message where recipient = ?", UUID.class, recipient);
    }

    /** The recipients of the listed mails, in the order shown. */
    private static List<String> recipients(Document page) {
        return page.select("#results tbody tr td:nth-child(2)").eachText();
    }

    @Test
    void adminSeesTheNewestMailsInTheOutbox() throws Exception {
        String email = registerSomeone("outbox");

        MvcResult result = mvc.perform(get("/admin/mail").with(signedIn(ADMIN)))
                .andExpect(status().isOk())
                .andReturn();

        Document page = page(result);
        assertThat(recipients(page)).contains(email);
        assertThat(page.select("#results a[href=/admin/mail/" + mailId(email) + "]"))
                .hasSize(1);
    }

    @Test
    void recipientFilterNarrowsTheList() throws Exception {
        String first = registerSomeone("filter-a");
        String second = registerSomeone("filter-b");

        Document all =
                page(mvc.perform(get("/admin/mail").with(signedIn(ADMIN))).andReturn());
        Document filtered = page(mvc.perform(get("/admin/mail")
                        .param("recipient", first.toUpperCase(java.util.Locale.ROOT))
                        .with(signedIn(ADMIN)))
                .andReturn());

        assertThat(recipients(all)).contains(first, second);
        assertThat(recipients(filtered)).containsExactly(first);
        assertThat(filtered.getElementById("mail-recipient").attr("value"))
                .isEqualTo(first.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void filterWithoutMatchShowsTheEmptyNote() throws Exception {
        Document page = page(mvc.perform(get("/admin/mail")
                        .param("recipient", unique("niemand") + "@nowhere.example")
                        .with(signedIn(ADMIN)))
                .andReturn());

        assertThat(recipients(page)).isEmpty();
        assertThat(page.select("#results p").text()).isEqualTo("Keine Einträge.");
    }

    @Test
    void htmxRequestGetsOnlyTheResultsFragment() throws Exception {
        String email = registerSomeone("htmx");

        MvcResult fragment = mvc.perform(get("/admin/mail")
                        .param("recipient", email)
                        .header("HX-Request", "true")
                        .with(signedIn(ADMIN)))
                .andExpect(status().isOk())
                .andReturn();

        String body = html(fragment);
        assertThat(body)
                .doesNotContainIgnoringCase("<html")
                .doesNotContain("<nav")
                .doesNotContain("mail-recipient");
        assertThat(body.strip()).startsWith("<div id=\"results\"");
        assertThat(recipients(page(fragment))).containsExactly(email);
    }

    @Test
    void detailPageShowsTheBodyWithTheVerificationLink() throws Exception {
        String email = registerSomeone("detail");
        String body = jdbc.queryForObject("select body from mail_message where recipient = ?", String.class, email);

        MvcResult result = mvc.perform(get("/admin/mail/" + mailId(email)).with(signedIn(ADMIN)))
                .andExpect(status().isOk())
                .andReturn();

        Document page = page(result);
        String shown = page.getElementById("mail-body").wholeText();
        assertThat(shown).isEqualTo(body);
        assertThat(shown).containsPattern("http://localhost:8080/register/verify\\?token=[A-Za-z0-9_-]+");
        assertThat(page.select("dd").eachText()).contains(email);
    }

    @Test
    void membersMayNotReadTheOutbox() throws Exception {
        String email = registerSomeone("forbidden");

        mvc.perform(get("/admin/mail").with(signedIn(MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mail/" + mailId(email)).with(signedIn(MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mail").with(signedIn(office("metall-kl")))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        String email = registerSomeone("anonymous");

        for (String url : List.of("/admin/mail", "/admin/mail/" + mailId(email))) {
            MvcResult result = mvc.perform(get(url)).andReturn();
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(url).endsWith("/login");
            assertThat(html(result)).doesNotContain(email);
        }
    }

    @Test
    void unknownMailIsNotFound() throws Exception {
        MvcResult result = mvc.perform(get("/admin/mail/" + UUID.randomUUID()).with(signedIn(ADMIN)))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(page(result).select("h1").text()).isEqualTo("Seite nicht gefunden");
    }

    @Test
    void malformedMailIdIsABadRequestNotAServerError() throws Exception {
        MvcResult result =
                mvc.perform(get("/admin/mail/not-a-uuid").with(signedIn(ADMIN))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void hugePageNumberIsNotAServerError() throws Exception {
        MvcResult result = mvc.perform(
                        get("/admin/mail").param("page", "100000000").with(signedIn(ADMIN)))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isIn(200, 400);
    }
}
