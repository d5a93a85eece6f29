package org.clusteratlas.identity.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Brute-force protection of the sign-in.
 *
 * @param maxFailures failed sign-ins for one e-mail address within {@code window} before it is blocked
 * @param window how long failures count; a block lasts as long, doubled with every further block in a row
 * @param maxBlock the longest block
 * @param maxFailuresPerAddress failed sign-ins from one client address (any e-mail) within {@code window} before the
 *     address is blocked: one machine trying many accounts
 * @param auditRetention how long security events are kept
 */
@Validated
@ConfigurationProperties("atlas.security.login")
public record LoginProperties(
        @Min(1) @DefaultValue("5") int maxFailures,
        @NotNull @DefaultValue("15m") Duration window,
        @NotNull @DefaultValue("24h") Duration maxBlock,
        @Min(1) @DefaultValue("100") int maxFailuresPerAddress,
        @NotNull @DefaultValue("400d") Duration auditRetention) {}
