package org.clusteratlas.membership.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param minimumFillTime a person needs at least this long from opening the form to sending it; faster submissions
 *     are treated as a bot's (asked to send again, not stored)
 * @param largeCompanyEmployees from this head count on a company counts as large: not admitted by the rules (250 by
 *     the EU definition of small and medium-sized enterprises)
 */
@Validated
@ConfigurationProperties("atlas.membership")
public record MembershipProperties(
        @NotNull @DefaultValue("3s") Duration minimumFillTime,
        @Min(1) @DefaultValue("250") int largeCompanyEmployees) {}
