package org.clusteratlas.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A fee schedule of a network, with its lines in their order. Currency is always EUR. */
public record FeeScheduleView(
        UUID id,
        String network,
        String name,
        LocalDate validFrom,
        LocalDate validTo,
        String currency,
        BigDecimal vatRate,
        BillingInterval interval,
        BigDecimal reducedPercent,
        List<FeeScheduleCommand.Line> lines,
        long version) {

    public FeeScheduleView {
        lines = List.copyOf(lines);
    }
}
