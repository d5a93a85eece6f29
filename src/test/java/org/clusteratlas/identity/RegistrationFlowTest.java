package org.clusteratlas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Registration with email verification and password reset, through the pages as a browser would use them. */
class RegistrationFlowTest extends AtlasIntegrationTest {

    private static final Pattern VERIFY_LINK =
            Pattern.compile("https?://\\S+/register/verify\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+/password/reset\\?token=([A-Za-z0-9_-]+)");

    private static final String PASSWORD = "korrekt-Pferd-Batterie";

    private static String newEmail() {
        return unique("person") + "@test.example";
    }

    private MvcResult register(String email, String displayName, String password, String passwordRepeat)
            throws Exception {
        return mvc.perform(post("/register")
                        .param("displayName", displayName)
                        .param("email", email)
                        .param("password", password)
                        .param("passwordRepeat", passwordRepeat)
                        .with(csrf()))
                .andReturn();
    }

    private void assertLoginSucceeds(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(authenticated().withUsername(email))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isNotNull().doesNotContain("error");
    }

    private void assertLoginFails(String email, String password) throws Exception {
        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    private int accountCount(String email) {
        Integer count = jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, email);
        return count == null ? 0 : count;
    }

    private static String tokenFrom(String mailBody, Pattern link) {
        Matcher matcher = link.matcher(mailBody);
        assertThat(matcher.find()).as("link %s in mail:%n%s", link, mailBody).isTrue();
        return matcher.group(1);
    }

    /** Asks for a reset link for the email and returns the token of the one new mail. */
    private String requestResetLink(String email) throws Exception {
        List<String> before = mailsTo(email);
        mvc.perform(post("/password/forgot").param("email", email).with(csrf())).andExpect(status().isOk());
        List<String> added = new ArrayList<>(mailsTo(email));
        before.forEach(added::remove);
        assertThat(added).hasSize(1);
        return tokenFrom(added.getFirst(), RESET_LINK);
    }

    private MvcResult resetPassword(String token, String password) throws Exception {
        return mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", password)
                        .param("passwordRepeat", password)
                        .with(csrf()))
                .andReturn();
    }

    @Test
    void registrationMailsAVerificationLinkAndLoginWorksOnlyAfterVerification() throws Exception {
        String email = newEmail();

        mvc.perform(post("/register")
                        .param("displayName", "Nina Neu")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("passwordRepeat", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/register/sent"));

        assertThat(accountCount(email)).isEqualTo(1);
        List<String> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        String token = tokenFrom(mails.getFirst(), VERIFY_LINK);
        Integer plainTokens =
                jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Integer.class, token);
        assertThat(plainTokens).as("the link token is stored hashed only").isZero();

        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?unverified"))
                .andExpect(unauthenticated());

        mvc.perform(get("/register/verify").param("token", token)).andExpect(redirectedUrl("/login?verified"));

        assertLoginSucceeds(email, PASSWORD);
        assertLoginFails(email, PASSWORD + "-falsch");
    }

    @Test
    void verificationLinkWorksOnlyOnce() throws Exception {
        String email = newEmail();
        register(email, "Otto Einmal", PASSWORD, PASSWORD);
        String token = tokenFrom(mailsTo(email).getFirst(), VERIFY_LINK);

        mvc.perform(get("/register/verify").param("token", token)).andExpect(redirectedUrl("/login?verified"));
        mvc.perform(get("/register/verify").param("token", token))
                .andExpect(redirectedUrl("/login?verificationFailed"));
    }

    @Test
    void unknownVerificationTokenFails() throws Exception {
        mvc.perform(get("/register/verify").param("token", "unknown-token"))
                .andExpect(redirectedUrl("/login?verificationFailed"));
        mvc.perform(get("/register/verify")).andExpect(redirectedUrl("/login?verificationFailed"));
    }

    @Test
    void registeringAnExistingEmailMailsTheOwnerButAnswersLikeAFreshRegistration() throws Exception {
        String existing = newEmail();
        accounts.ensureVerifiedAccount(existing, "Erika Existiert", PASSWORD, false);
        String passwordHash =
                jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, existing);

        MvcResult fresh = register(newEmail(), "Frieda Frisch", PASSWORD, PASSWORD);
        MvcResult again = register(existing, "Eindringling", "anderes-Passwort-123", "anderes-Passwort-123");

        assertThat(again.getResponse().getStatus())
                .isEqualTo(fresh.getResponse().getStatus());
        assertThat(again.getResponse().getRedirectedUrl())
                .isEqualTo(fresh.getResponse().getRedirectedUrl())
                .isEqualTo("/register/sent");
        assertThat(new HashMap<>(again.getFlashMap())).isEqualTo(new HashMap<>(fresh.getFlashMap()));
        assertThat(again.getResponse().getHeaderNames())
                .containsExactlyInAnyOrderElementsOf(fresh.getResponse().getHeaderNames());

        assertThat(accountCount(existing)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select display_name from user_account where email = ?", String.class, existing))
                .isEqualTo("Erika Existiert");
        assertThat(jdbc.queryForObject(
                        "select password_hash from user_account where email = ?", String.class, existing))
                .isEqualTo(passwordHash);
        List<String> mails = mailsTo(existing);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst()).contains("/password/forgot").doesNotContain("/register/verify");
        assertLoginSucceeds(existing, PASSWORD);
    }

    @Test
    void mismatchedPasswordsRerenderTheFormAndCreateNothing() throws Exception {
        String email = newEmail();

        mvc.perform(post("/register")
                        .param("displayName", "Paula Patzer")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("passwordRepeat", PASSWORD + "x")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"));

        assertThat(accountCount(email)).isZero();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void tooShortPasswordRerendersTheFormAndCreatesNothing() throws Exception {
        String email = newEmail();

        mvc.perform(post("/register")
                        .param("displayName", "Kurt Kurz")
                        .param("email", email)
                        .param("password", "kurz5")
                        .param("passwordRepeat", "kurz5")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "password"));

        assertThat(accountCount(email)).isZero();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void registrationWithoutCsrfTokenIsRejected() throws Exception {
        String email = newEmail();

        mvc.perform(post("/register")
                        .param("displayName", "Carl Csrf")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("passwordRepeat", PASSWORD))
                .andExpect(status().isForbidden());

        assertThat(accountCount(email)).isZero();
    }

    @Test
    void passwordResetSetsANewPasswordOnceAndOnlyOnce() throws Exception {
        String email = newEmail();
        String oldPassword = PASSWORD;
        String newPassword = "neues-Passwort-2026";
        accounts.ensureVerifiedAccount(email, "Rita Reset", oldPassword, false);

        String token = requestResetLink(email);
        mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isOk());

        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", newPassword)
                        .param("passwordRepeat", newPassword)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?reset"));

        assertLoginFails(email, oldPassword);
        assertLoginSucceeds(email, newPassword);

        MvcResult reuse = resetPassword(token, "drittes-Passwort-2026");
        assertThat(reuse.getResponse().getRedirectedUrl()).isNull();
        assertLoginFails(email, "drittes-Passwort-2026");
        assertLoginSucceeds(email, newPassword);
    }

    @Test
    void onlyTheNewestResetLinkWorks() throws Exception {
        String email = newEmail();
        accounts.ensureVerifiedAccount(email, "Nele Neuester", PASSWORD, false);

        String older = requestResetLink(email);
        String newer = requestResetLink(email);

        assertThat(resetPassword(older, "aelteres-Passwort-1").getResponse().getRedirectedUrl())
                .isNull();
        assertLoginFails(email, "aelteres-Passwort-1");
        assertThat(resetPassword(newer, "neueres-Passwort-12").getResponse().getRedirectedUrl())
                .isEqualTo("/login?reset");
        assertLoginSucceeds(email, "neueres-Passwort-12");
    }

    @Test
    void resetWithTooShortPasswordChangesNothing() throws Exception {
        String email = newEmail();
        accounts.ensureVerifiedAccount(email, "Susi Sicher", PASSWORD, false);
        String token = requestResetLink(email);

        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", "kurz5")
                        .param("passwordRepeat", "kurz5")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "password"));

        assertLoginSucceeds(email, PASSWORD);
        assertThat(resetPassword(token, "spaeter-Passwort-12").getResponse().getRedirectedUrl())
                .as("a rejected form does not use up the link")
                .isEqualTo("/login?reset");
    }

    @Test
    void forgotPasswordForUnknownEmailAnswersTheSameAndSendsNothing() throws Exception {
        String known = newEmail();
        accounts.ensureVerifiedAccount(known, "Karl Bekannt", PASSWORD, false);
        String unknown = newEmail();

        MvcResult knownResult = mvc.perform(
                        post("/password/forgot").param("email", known).with(csrf()))
                .andReturn();
        MvcResult unknownResult = mvc.perform(
                        post("/password/forgot").param("email", unknown).with(csrf()))
                .andReturn();

        assertThat(unknownResult.getResponse().getStatus())
                .isEqualTo(knownResult.getResponse().getStatus())
                .isEqualTo(200);
        assertThat(unknownResult.getModelAndView()).isNotNull();
        assertThat(unknownResult.getModelAndView().getViewName())
                .isEqualTo(knownResult.getModelAndView().getViewName());
        assertThat(mailsTo(known)).hasSize(1);
        assertThat(mailsTo(unknown)).isEmpty();
    }
}
