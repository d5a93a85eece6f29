package org.clusteratlas.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A funding programme as the office (or, platform-wide, an admin) writes it.
 *
 * @param fundingRate the share of the costs funded, in percent (0 to 100); null when it varies
 */
public record ProgrammeCommand(
        String nameDe,
        String nameEn,
        String funder,
        String url,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal fundingRate,
        String notes) {}
