package org.clusteratlas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.clusteratlas.AtlasPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in through the login form: failures never tell whether an account exists; the state of an account
 * (unverified, locked) is only told to someone who knows its password; a locked account's API tokens stop working.
 */
class SignInTest extends AtlasPageTest {

    private static final String PASSWORD = "richtiges-Pferd-Batterie";

    private static String newEmail() {
        return unique("signin") + "@test.example";
    }

    private MvcResult login(String email, String password) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf()))
                .andReturn();
    }

    private void registerUnverified(String email) throws Exception {
        mvc.perform(post("/register")
                        .param("displayName", "Ulla Unbestätigt")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("passwordRepeat", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/register/sent"));
        assertThat(jdbc.queryForObject("select email_verified from user_account where email = ?", Boolean.class, email))
                .isFalse();
    }

    /** Posts the admin's user form for the account: platform admin off, "enabled" as given (absent means off). */
    private MvcResult adminSaves(UUID accountId, Boolean enabled) throws Exception {
        var request = post("/admin/users/" + accountId)
                .param("platformAdmin", "false")
                .with(csrf())
                .with(signedIn(ADMIN));
        if (enabled != null) {
            request.param("enabled", enabled.toString());
        }
        return mvc.perform(request).andReturn();
    }

    private Map<String, Object> accountRow(String email) {
        return jdbc.queryForMap("select enabled, platform_admin from user_account where email = ?", email);
    }

    private int statusOfPublicApiRead(String token) throws Exception {
        return mvc.perform(get("/api/v1/networks").with(bearer(token)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void wrongPasswordOfAnUnverifiedAccountLooksLikeAnUnknownEmail() throws Exception {
        String unverified = newEmail();
        registerUnverified(unverified);

        MvcResult wrongPassword = login(unverified, PASSWORD + "-falsch");
        MvcResult unknownEmail = login(newEmail(), PASSWORD);

        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownEmail.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(wrongPassword.getResponse().getStatus())
                .isEqualTo(unknownEmail.getResponse().getStatus());
        assertThat(wrongPassword.getResponse().getHeaderNames())
                .containsExactlyInAnyOrderElementsOf(unknownEmail.getResponse().getHeaderNames());
    }

    @Test
    void correctPasswordOfAnUnverifiedAccountAsksForVerification() throws Exception {
        String unverified = newEmail();
        registerUnverified(unverified);

        mvc.perform(post("/login")
                        .param("username", unverified)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?unverified"))
                .andExpect(unauthenticated());
    }

    @Test
    void loginPageExplainsEachOutcome() throws Exception {
        String error = page(mvc.perform(get("/login?error")).andReturn())
                .select(".alert")
                .text();
        String unverified = page(mvc.perform(get("/login?unverified")).andReturn())
                .select(".alert")
                .text();
        String locked = page(mvc.perform(get("/login?locked")).andReturn())
                .select(".alert")
                .text();

        assertThat(error).isNotBlank();
        assertThat(unverified).isNotBlank().isNotEqualTo(error);
        assertThat(locked).isNotBlank().isNotEqualTo(error).isNotEqualTo(unverified);
    }

    @Test
    void accountLockedByAnAdminCannotSignInAndItsTokenStopsWorking() throws Exception {
        String email = newEmail();
        UUID account = accounts.ensureVerifiedAccount(email, "Lotte Gesperrt", PASSWORD, false);
        String token = apiTokens.issue(account, "before lock").secret();
        assertThat(statusOfPublicApiRead(token)).isEqualTo(200);
        formLogin(email, PASSWORD);

        MvcResult saved = adminSaves(account, null);

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(accountRow(email)).containsEntry("enabled", false).containsEntry("platform_admin", false);
        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
        assertThat(statusOfPublicApiRead(token))
                .as("token of the locked account")
                .isEqualTo(401);
        mvc.perform(importRequest(java.util.List.of()).with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void lockedAccountWithAWrongPasswordGetsTheGenericError() throws Exception {
        String email = newEmail();
        UUID account = accounts.ensureVerifiedAccount(email, "Lars Gesperrt", PASSWORD, false);
        adminSaves(account, null);

        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", PASSWORD + "-falsch")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void unlockingRestoresSignInAndTheToken() throws Exception {
        String email = newEmail();
        UUID account = accounts.ensureVerifiedAccount(email, "Ute Entsperrt", PASSWORD, false);
        String token = apiTokens.issue(account, "across unlock").secret();
        adminSaves(account, null);
        assertThat(statusOfPublicApiRead(token)).isEqualTo(401);

        adminSaves(account, true);

        assertThat(accountRow(email)).containsEntry("enabled", true);
        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(authenticated().withUsername(email));
        assertThat(statusOfPublicApiRead(token)).isEqualTo(200);
    }

    @Test
    void adminCannotLockThemself() throws Exception {
        UUID admin = accountId(ADMIN);
        try {
            mvc.perform(post("/admin/users/" + admin)
                            .param("platformAdmin", "false")
                            .with(csrf())
                            .with(signedIn(ADMIN)))
                    .andExpect(redirectedUrl("/admin/users"))
                    .andExpect(flash().attribute("error", "admin.users.self"));

            assertThat(accountRow(ADMIN)).containsEntry("enabled", true).containsEntry("platform_admin", true);
            formLogin(ADMIN, DEMO_PASSWORD);
        } finally {
            // Other tests sign in as the demo admin: never leave it locked, even when this test fails.
            jdbc.update("update user_account set enabled = true, platform_admin = true where id = ?", admin);
        }
    }

    @Test
    void adminPageShowsTheRefusalToChangeTheOwnAccount() throws Exception {
        MvcResult refused = mvc.perform(post("/admin/users/" + accountId(ADMIN))
                        .param("platformAdmin", "true")
                        .param("enabled", "true")
                        .with(csrf())
                        .with(signedIn(ADMIN)))
                .andReturn();

        MvcResult page = mvc.perform(get("/admin/users").with(signedIn(ADMIN)).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(page(page).select(".alert-warning").text()).contains("Ihr eigenes Konto");
    }

    @Test
    void lockingAPlatformAdminEndsTheAdminPagesOfTheirOpenSession() throws Exception {
        String email = newEmail();
        UUID account = accounts.ensureVerifiedAccount(email, "Alma Admin", PASSWORD, true);
        MockHttpSession session = formLogin(email, PASSWORD);
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

        adminSaves(account, null);

        int status = mvc.perform(get("/admin/users").session(session))
                .andReturn()
                .getResponse()
                .getStatus();
        mvc.perform(post("/admin/users/" + account)
                .param("platformAdmin", "true")
                .param("enabled", "true")
                .with(csrf())
                .session(session));
        Map<String, Object> after = accountRow(email);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(status)
                    .as("admin page for the locked admin's open session")
                    .isNotEqualTo(200);
            softly.assertThat(after)
                    .as("the locked admin must not unlock themself with the open session")
                    .containsEntry("enabled", false)
                    .containsEntry("platform_admin", false);
        });
    }

    @Test
    void onlyPlatformAdminsMayLockAccounts() throws Exception {
        String email = newEmail();
        UUID account = accounts.ensureVerifiedAccount(email, "Nora Normal", PASSWORD, false);

        mvc.perform(post("/admin/users/" + account)
                        .param("platformAdmin", "true")
                        .with(csrf())
                        .with(signedIn(office("metall-kl"))))
                .andExpect(status().isForbidden());

        assertThat(accountRow(email)).containsEntry("enabled", true).containsEntry("platform_admin", false);
    }
}
