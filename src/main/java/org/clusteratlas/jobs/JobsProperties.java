package org.clusteratlas.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The job board's settings ({@code atlas.jobs.*}).
 *
 * @param validDays how long a posting is shown when its organization names no end date
 * @param maxValidDays the latest end date an organization may choose, in days from today
 * @param reminderDays how many days before the end the organization's editors are reminded to renew
 * @param maxFileBytes the largest PDF accepted per file of an application
 * @param maxFiles the most files per application (CV included)
 * @param applicationRetention how long applications and their files are kept before they are deleted
 */
@Validated
@ConfigurationProperties("atlas.jobs")
public record JobsProperties(
        @Min(1) @Max(365) @DefaultValue("60") int validDays,
        @Min(1) @Max(730) @DefaultValue("180") int maxValidDays,
        @Min(1) @Max(60) @DefaultValue("7") int reminderDays,

        @Min(1024) @Max(50L * 1024 * 1024) @DefaultValue("5242880")
        long maxFileBytes,

        @Min(1) @Max(10) @DefaultValue("4") int maxFiles,
        @DefaultValue("180d") Duration applicationRetention) {}
