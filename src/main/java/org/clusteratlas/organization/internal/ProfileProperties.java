package org.clusteratlas.organization.internal;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param reminderAfter a profile unchanged for this long gets a reminder mail to its editors (once per change)
 * @param reminderBatch at most this many reminders per run, so a first run on old data does not flood the outbox
 */
@Validated
@ConfigurationProperties("atlas.profiles")
public record ProfileProperties(
        @NotNull @DefaultValue("365d") Duration reminderAfter,
        @DefaultValue("500") int reminderBatch) {}
