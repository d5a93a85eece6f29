package org.clusteratlas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** Failed sign-ins of one e-mail address or one client address, and the block they earned. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

    @Id
    @Column(length = 80)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Version
    private long version;

    protected LoginThrottleEntry() {}

    LoginThrottleEntry(String subject, Instant now) {
        this.subject = subject;
        this.windowStartedAt = now;
    }

    boolean isBlocked(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    /**
     * Counts a failure; at the limit the subject is blocked for the window, doubled for every limit reached again in
     * a row (failures are not forgotten while blocked), up to {@code maxBlock}.
     *
     * @return whether this failure started a block
     */
    boolean fail(Instant now, int limit, Duration window, Duration maxBlock) {
        // A window without failures after the last block forgives: the count and the doubling start again.
        boolean quiet = windowStartedAt.plus(window).isBefore(now)
                && (blockedUntil == null || blockedUntil.plus(window).isBefore(now));
        if (!isBlocked(now) && quiet) {
            failures = 0;
            windowStartedAt = now;
            blockedUntil = null;
        }
        failures++;
        if (failures >= limit && failures % limit == 0) {
            int round = failures / limit - 1;
            Duration block = window.multipliedBy(1L << Math.min(round, 20));
            blockedUntil = now.plus(block.compareTo(maxBlock) > 0 ? maxBlock : block);
            return true;
        }
        return false;
    }

    Instant getBlockedUntil() {
        return blockedUntil;
    }
}
