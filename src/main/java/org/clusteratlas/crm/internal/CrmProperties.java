package org.clusteratlas.crm.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param reminderBatch tasks reminded of per run at most (the rest follow in the next run)
 */
@Validated
@ConfigurationProperties("atlas.crm")
public record CrmProperties(
        @Min(1) @Max(100_000) @DefaultValue("5000") int reminderBatch) {}
