package org.clusteratlas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accounts against attackers: guessing passwords is blocked after a few failures (for unknown addresses alike, so a
 * block reveals nothing), breached and guessable passwords are refused, a sign-in gets a new session, and every
 * security event lands in the audit.
 */
class AccountSecurityTest extends AtlasPageTest {

    private static final String PASSWORD = "richtiges-Pferd-Batterie";

    @Autowired
    ServerProperties server;

    private MvcResult login(String email, String password, RequestPostProcessor client) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf())
                        .with(client))
                .andReturn();
    }

    /** Every test signs in from its own client address, so that the per-client limit of one never meets another's. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int events(String kind, String email) {
        Integer count = jdbc.queryForObject(
                "select count(*) from security_event e join user_account a on a.id = e.account_id"
                        + " where e.kind = ? and a.email = ?",
                Integer.class,
                kind,
                email);
        return count == null ? 0 : count;
    }

    @Test
    void fiveWrongPasswordsBlockTheAccountEvenForTheRightPasswordUntilTheBlockEnds() throws Exception {
        String email = unique("brute") + "@test.example";
        accounts.ensureVerifiedAccount(email, "Bruno Brute", PASSWORD, false);
        var client = from("198.51.100.11");

        for (int i = 0; i < 5; i++) {
            assertThat(login(email, "falsch-" + i + "-Passwort!", client)
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        MvcResult blocked = login(email, PASSWORD, client);
        assertThat(blocked.getResponse().getRedirectedUrl()).isEqualTo("/login?blocked");
        assertThat(events("LOGIN_FAILED", email)).isEqualTo(5);
        assertThat(events("LOGIN_BLOCKED", email)).isEqualTo(1);
        // Another client is blocked for this account too: the block belongs to the address being guessed.
        assertThat(login(email, PASSWORD, from("198.51.100.12")).getResponse().getRedirectedUrl())
                .isEqualTo("/login?blocked");

        String page =
                html(mvc.perform(get("/login?blocked").locale(Locale.GERMAN)).andReturn());
        assertThat(Jsoup.parse(page).getElementById("login-blocked").text()).contains("vorübergehend gesperrt");

        // The block ends (here: as if its time had passed); the right password then signs in and forgives.
        jdbc.update("update login_throttle set blocked_until = current_timestamp - interval '1' minute"
                + " where subject like 'email:%' and blocked_until is not null and failures = 5");
        assertThat(login(email, PASSWORD, client).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(events("LOGIN_SUCCEEDED", email)).isEqualTo(1);
        assertThat(login(email, "falsch-wieder-Passwort!", client).getResponse().getRedirectedUrl())
                .as("one failure after a success is only a failure")
                .isEqualTo("/login?error");
    }

    @Test
    void anUnknownAddressIsBlockedJustLikeAnAccountSoTheBlockTellsNothing() throws Exception {
        String nobody = unique("niemand") + "@test.example";
        var client = from("198.51.100.21");
        for (int i = 0; i < 5; i++) {
            assertThat(login(nobody, "irgendein-Passwort-" + i, client)
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(login(nobody, "irgendein-Passwort-6", client).getResponse().getRedirectedUrl())
                .isEqualTo("/login?blocked");
    }

    @Test
    void oneClientTryingManyAddressesIsBlocked() throws Exception {
        var client = from("198.51.100.31");
        for (int i = 0; i < 100; i++) {
            login(unique("streu") + "@test.example", "Streuversuch-" + i, client);
        }
        String email = unique("opfer") + "@test.example";
        accounts.ensureVerifiedAccount(email, "Olga Opfer", PASSWORD, false);
        assertThat(login(email, PASSWORD, client).getResponse().getRedirectedUrl())
                .isEqualTo("/login?blocked");
        assertThat(login(email, PASSWORD, from("198.51.100.32")).getResponse().getRedirectedUrl())
                .as("the account itself is not blocked")
                .isEqualTo("/");
    }

    @Test
    void breachedAndGuessablePasswordsAreRefusedWithAClearMessage() throws Exception {
        for (String weak : List.of("qwerty123456", "leavemealone", "aaaaaaaaaaaaaaaa")) {
            MvcResult result = mvc.perform(post("/register")
                            .param("displayName", "Wera Weak")
                            .param("email", unique("weak") + "@test.example")
                            .param("password", weak)
                            .param("passwordRepeat", weak)
                            .with(csrf())
                            .locale(Locale.GERMAN))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(weak).isEqualTo(200);
            assertThat(html(result)).as(weak).contains("geknackter");
        }
        String email = "bernhard.kowalczyk." + unique("k") + "@test.example";
        MvcResult personal = mvc.perform(post("/register")
                        .param("displayName", "Bernhard Kowalczyk")
                        .param("email", email)
                        .param("password", "kowalczykbernhard")
                        .param("passwordRepeat", "kowalczykbernhard")
                        .with(csrf())
                        .locale(Locale.GERMAN))
                .andReturn();
        assertThat(html(personal)).contains("aus Ihrem Namen oder Ihrer E-Mail-Adresse");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void signingInReplacesTheSessionAndTheCookieIsHttpOnlyAndSameSite() throws Exception {
        String email = unique("sitzung") + "@test.example";
        accounts.ensureVerifiedAccount(email, "Sina Sitzung", PASSWORD, false);
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        MvcResult result = mvc.perform(post("/login")
                        .session(before)
                        .param("username", email)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(from("198.51.100.41")))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId())
                .as("session fixation: the session id changes at sign-in")
                .isNotEqualTo(idBefore);
        assertThat(server.getServlet().getSession().getCookie().getHttpOnly()).isTrue();
        assertThat(server.getServlet().getSession().getCookie().getSameSite()).hasToString("LAX");
    }

    @Test
    void tokensAndAdminChangesAreAuditedAndOnlyAdminsReadTheLog() throws Exception {
        String email = unique("audit") + "@test.example";
        var account = accounts.ensureVerifiedAccount(email, "Anna Audit", PASSWORD, false);
        String token = tokenFor(email);
        assertThat(events("TOKEN_ISSUED", email)).isEqualTo(1);
        mvc.perform(post("/admin/users/" + account)
                .param("platformAdmin", "false")
                .with(csrf())
                .with(signedIn(ADMIN)));
        assertThat(events("ACCOUNT_LOCKED", email)).isEqualTo(1);

        MvcResult log = mvc.perform(get("/admin/users/security-events")
                        .param("kind", "ACCOUNT_LOCKED")
                        .with(signedIn(ADMIN)))
                .andReturn();
        assertThat(log.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(html(log)).select("#security-events tbody").text())
                .contains(email);
        assertThat(mvc.perform(get("/admin/users/security-events").with(signedIn(MEMBER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(token).isNotBlank();
        // Failed sign-ins of unknown addresses keep no address in the clear.
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_event where email_hash like '%@%'", Integer.class))
                .isZero();
    }
}
