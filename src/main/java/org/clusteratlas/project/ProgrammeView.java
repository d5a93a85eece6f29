package org.clusteratlas.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/** @param network the slug of the network it belongs to; null for a platform-wide programme */
public record ProgrammeView(
        UUID id,
        String network,
        LocalizedText name,
        String funder,
        String url,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal fundingRate,
        String notes) {}
