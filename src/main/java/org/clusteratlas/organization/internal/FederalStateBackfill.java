package org.clusteratlas.organization.internal;

import java.util.List;
import java.util.UUID;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.organization.GeocodeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives organizations located before the federal state was recorded (migration V10) their state from the gazetteer,
 * so the state facet and the "own federal state" matchmaking scope include them. A no-op once done; runs in batches,
 * each in its own transaction, and the search index follows each change.
 */
@Component
@Order(55)
class FederalStateBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FederalStateBackfill.class);
    private static final int BATCH = 500;

    private final OrganizationRepository organizations;
    private final Gazetteer gazetteer;
    private final TransactionTemplate transactions;

    FederalStateBackfill(OrganizationRepository organizations, Gazetteer gazetteer, TransactionTemplate transactions) {
        this.organizations = organizations;
        this.gazetteer = gazetteer;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int total = 0;
        UUID cursor = new UUID(0, 0);
        while (cursor != null) {
            UUID after = cursor;
            Batch batch = transactions.execute(status -> backfill(after));
            total += batch == null ? 0 : batch.changed();
            cursor = batch == null ? null : batch.last();
        }
        if (total > 0) {
            log.info("Recorded the federal state of {} organizations", total);
        }
    }

    /** @param last the cursor for the next batch, null when this was the last one */
    private record Batch(int changed, UUID last) {}

    private Batch backfill(UUID after) {
        List<Organization> batch =
                organizations.findTop500ByGeocodeStatusAndFederalStateIsNullAndIdGreaterThanOrderById(
                        GeocodeStatus.LOCATED, after);
        int changed = 0;
        for (Organization organization : batch) {
            PostalAddress address = organization.getAddress();
            String state = address == null
                    ? null
                    : gazetteer
                            .locate(address.postalCode(), address.city())
                            .map(place -> place.state())
                            .orElse(null);
            // A few places have no state in the gazetteer; they stay without one (the cursor moves past them).
            if (state != null) {
                organization.locate(
                        organization.getLatitude(), organization.getLongitude(), state, GeocodeStatus.LOCATED);
                changed++;
            }
        }
        return new Batch(changed, batch.size() < BATCH ? null : batch.getLast().getId());
    }
}
