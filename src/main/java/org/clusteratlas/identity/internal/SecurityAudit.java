package org.clusteratlas.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit of security events. Each entry is written in its own transaction: a refused sign-in or a rolled-back
 * change must still leave its trace. E-mail addresses are stored only as hashes.
 */
@Service
public class SecurityAudit {

    private final SecurityEvents events;
    private final LoginProperties properties;
    private final Clock clock = Clock.systemUTC();

    SecurityAudit(SecurityEvents events, LoginProperties properties) {
        this.events = events;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEvent.Kind kind, UUID accountId, String email, String detail) {
        events.save(new SecurityEvent(
                clock.instant(), kind, accountId, email == null ? null : hash(email), remoteAddress(), detail));
    }

    /** Old entries go: the audit is for finding out what happened, not a record of everyone forever. */
    @Scheduled(cron = "${atlas.security.login.audit-cleanup-cron:0 30 3 * * *}")
    @Transactional
    public void forgetOldEvents() {
        events.deleteOlderThan(Instant.now(clock).minus(properties.auditRetention()));
    }

    /** The client's address as the servlet container saw it (behind a proxy: as forwarded headers were applied). */
    static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    static String hash(String email) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(UserAccount.normalizeEmail(email).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
