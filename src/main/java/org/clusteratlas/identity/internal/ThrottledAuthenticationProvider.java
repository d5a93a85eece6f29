package org.clusteratlas.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The form sign-in with brute-force protection and its audit. A blocked address or client is refused before the
 * password is checked, so that guessing on during a block learns nothing; wrong passwords and unknown addresses count
 * alike, so that the answer never tells whether an account exists.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final SecurityAudit audit;
    private final UserAccounts users;

    ThrottledAuthenticationProvider(
            UserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            SecurityAudit audit,
            UserAccounts users) {
        super(userDetails);
        setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.audit = audit;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        String client = SecurityAudit.remoteAddress();
        if (throttle.blockedUntil(email, client) != null) {
            audit.record(SecurityEvent.Kind.LOGIN_REFUSED_WHILE_BLOCKED, null, email, null);
            throw new LoginBlockedException();
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(email);
            audit.record(SecurityEvent.Kind.LOGIN_SUCCEEDED, accountId(email), email, null);
            return result;
        } catch (BadCredentialsException wrong) {
            // Unknown addresses end here too (hidden as bad credentials by the provider).
            boolean blocked = throttle.failed(email, client);
            audit.record(SecurityEvent.Kind.LOGIN_FAILED, accountId(email), email, null);
            if (blocked) {
                audit.record(SecurityEvent.Kind.LOGIN_BLOCKED, accountId(email), email, null);
            }
            throw wrong;
        }
    }

    private java.util.UUID accountId(String email) {
        return users.findByEmail(UserAccount.normalizeEmail(email))
                .map(UserAccount::getId)
                .orElse(null);
    }
}
