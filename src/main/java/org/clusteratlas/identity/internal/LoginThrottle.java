package org.clusteratlas.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per e-mail address and per client address and blocks either for a while at the limit.
 * Unknown addresses are counted like known ones, so a block tells nothing about whether an account exists. Each step
 * runs in its own transaction, so a failed sign-in is counted even though the authentication itself fails.
 */
@Service
class LoginThrottle {

    private final LoginThrottles throttles;
    private final LoginProperties properties;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(LoginThrottles throttles, LoginProperties properties) {
        this.throttles = throttles;
        this.properties = properties;
    }

    /** When the e-mail address or the client address is blocked now: until when; else null. */
    @Transactional(readOnly = true)
    public Instant blockedUntil(String email, String remoteAddress) {
        Instant now = clock.instant();
        Instant until = null;
        for (String subject : subjects(email, remoteAddress)) {
            LoginThrottleEntry entry = throttles.findById(subject).orElse(null);
            if (entry != null
                    && entry.isBlocked(now)
                    && (until == null || entry.getBlockedUntil().isAfter(until))) {
                until = entry.getBlockedUntil();
            }
        }
        return until;
    }

    /** @return whether this failure blocked the address (or the client) */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(String email, String remoteAddress) {
        Instant now = clock.instant();
        boolean blocked = false;
        for (String subject : subjects(email, remoteAddress)) {
            int limit = subject.startsWith("address:") ? properties.maxFailuresPerAddress() : properties.maxFailures();
            LoginThrottleEntry entry =
                    throttles.findById(subject).orElseGet(() -> new LoginThrottleEntry(subject, now));
            blocked |= entry.fail(now, limit, properties.window(), properties.maxBlock());
            throttles.save(entry);
        }
        return blocked;
    }

    /** A successful sign-in forgives the address's failures (not the client's: it may be trying many accounts). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email) {
        throttles.deleteById(emailSubject(email));
    }

    private static java.util.List<String> subjects(String email, String remoteAddress) {
        return remoteAddress == null
                ? java.util.List.of(emailSubject(email))
                : java.util.List.of(emailSubject(email), "address:" + remoteAddress);
    }

    private static String emailSubject(String email) {
        return "email:" + SecurityAudit.hash(email == null ? "" : email);
    }
}
