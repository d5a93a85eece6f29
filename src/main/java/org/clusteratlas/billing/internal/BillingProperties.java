package org.clusteratlas.billing.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param paymentTermDays days from the issue date to the due date
 * @param reminderIntervalDays days after the due date (or the last reminder) before the next reminder
 * @param maxReminderLevel the last reminder level (the third is the final one before collection by other means)
 */
@Validated
@ConfigurationProperties("atlas.billing")
public record BillingProperties(
        @Min(0) @Max(365) @DefaultValue("14") int paymentTermDays,
        @Min(1) @Max(365) @DefaultValue("14") int reminderIntervalDays,
        @Min(1) @Max(3) @DefaultValue("3") int maxReminderLevel) {}
