package org.clusteratlas.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Organizations located before the federal state was recorded get it at start-up. */
class FederalStateBackfillTest extends AtlasIntegrationTest {

    @Autowired
    FederalStateBackfill backfill;

    @Test
    void locatedOrganizationsWithoutStateGetItFromTheGazetteer() {
        jdbc.update("update organization set federal_state = null where external_id = 'demo-mc-010'");
        backfill.run(null);
        assertThat(jdbc.queryForObject(
                        "select federal_state from organization where external_id = 'demo-mc-010'", String.class))
                .isEqualTo("Rheinland-Pfalz");
        // Idempotent: nothing left to do.
        backfill.run(null);
    }
}
