package org.clusteratlas.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.shared.AtlasProperties;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service account flows: registration with email verification, and password reset. Answers never reveal
 * whether an email address has an account (no account enumeration); the mailbox owner learns it from the mail.
 */
@Service
@Transactional
public class AccountLifecycle {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final UserAccounts users;
    private final AccountTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AtlasProperties properties;
    private final SecurityAudit audit;

    AccountLifecycle(
            UserAccounts users,
            AccountTokens tokens,
            PasswordEncoder passwordEncoder,
            Mailer mailer,
            MessageSource messages,
            AtlasProperties properties,
            SecurityAudit audit) {
        this.audit = audit;
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
    }

    /** Registers an unverified account and mails the verification link; an existing address gets a hint instead. */
    public void register(String email, String displayName, String rawPassword, Locale locale) {
        // Hashing first, always: otherwise the faster answer for a known address would tell that it has an account.
        String passwordHash = passwordEncoder.encode(rawPassword);
        Optional<UserAccount> existing = users.findByEmail(UserAccount.normalizeEmail(email));
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            mail(
                    account.getEmail(),
                    account.getPreferredLocale(),
                    "mail.register.exists",
                    account.getDisplayName(),
                    properties.baseUrl() + "/password/forgot");
            return;
        }
        UserAccount account = users.save(new UserAccount(email, displayName, passwordHash, locale));
        String secret = issue(account, AccountToken.Purpose.VERIFY_EMAIL, VERIFICATION_VALIDITY);
        mail(
                account.getEmail(),
                locale,
                "mail.register.verify",
                account.getDisplayName(),
                properties.baseUrl() + "/register/verify?token=" + secret);
    }

    /** Marks the account verified; false when the link is unknown, used or expired. */
    public boolean verifyEmail(String secret) {
        return redeem(secret, AccountToken.Purpose.VERIFY_EMAIL)
                .map(account -> {
                    account.markEmailVerified();
                    return true;
                })
                .orElse(false);
    }

    /** Mails a reset link when an account exists; silent otherwise. */
    public void requestPasswordReset(String email) {
        users.findByEmail(UserAccount.normalizeEmail(email))
                .filter(UserAccount::isEnabled)
                .ifPresent(account -> {
                    // Older unused links stop working: only the newest mail is valid.
                    tokens.findByUserIdAndPurposeAndUsedAtIsNull(account.getId(), AccountToken.Purpose.RESET_PASSWORD)
                            .forEach(token -> token.markUsed(Instant.now()));
                    String secret = issue(account, AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY);
                    mail(
                            account.getEmail(),
                            account.getPreferredLocale(),
                            "mail.reset",
                            account.getDisplayName(),
                            properties.baseUrl() + "/password/reset?token=" + secret);
                });
    }

    @Transactional(readOnly = true)
    public boolean isResetTokenUsable(String secret) {
        return secret != null
                && tokens.findByTokenHashAndPurpose(Tokens.sha256(secret), AccountToken.Purpose.RESET_PASSWORD)
                        .filter(token -> token.isUsable(Instant.now()))
                        .isPresent();
    }

    /** Sets the new password; false when the link is unknown, used or expired. Resetting also proves the email. */
    public boolean resetPassword(String secret, String rawPassword) {
        return redeem(secret, AccountToken.Purpose.RESET_PASSWORD)
                .map(account -> {
                    account.changePasswordHash(passwordEncoder.encode(rawPassword));
                    account.markEmailVerified();
                    audit.record(SecurityEvent.Kind.PASSWORD_RESET, account.getId(), account.getEmail(), null);
                    return true;
                })
                .orElse(false);
    }

    private Optional<UserAccount> redeem(String secret, AccountToken.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.findByTokenHashAndPurpose(Tokens.sha256(secret), purpose)
                .filter(token -> token.isUsable(now))
                .flatMap(token -> {
                    token.markUsed(now);
                    return users.findById(token.getUserId());
                });
    }

    private String issue(UserAccount account, AccountToken.Purpose purpose, Duration validity) {
        String secret = Tokens.newSecret("");
        tokens.save(new AccountToken(
                account.getId(), purpose, Tokens.sha256(secret), Instant.now().plus(validity)));
        return secret;
    }

    private void mail(String to, Locale locale, String key, String name, String link) {
        mailer.send(new OutgoingMail(
                to,
                messages.getMessage(key + ".subject", null, locale),
                messages.getMessage(key + ".body", new Object[] {name, link}, locale)));
    }
}
