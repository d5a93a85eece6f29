package org.clusteratlas.organization.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the index can answer before the application reports ready (runners finish before readiness): an index
 * that cannot be read (corrupt files) is dropped and re-created, and an index whose document counts differ from the
 * database (missing, deleted, or left behind by a crash) is rebuilt. Runs before the demo data, which is indexed as
 * it is written.
 */
@Component
@Order(60)
class SearchIndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final SearchIndex index;
    private final EntityManagerFactory entityManagerFactory;

    SearchIndexStartup(SearchIndex index, EntityManagerFactory entityManagerFactory) {
        this.index = index;
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void run(ApplicationArguments args) {
        SearchIndex.Counts counts;
        try {
            counts = index.counts();
        } catch (RuntimeException unreadable) {
            log.warn("Search index cannot be read ({}); re-creating it", unreadable.getMessage());
            Search.mapping(entityManagerFactory)
                    .scope(Object.class)
                    .schemaManager()
                    .dropAndCreate();
            index.rebuildNow();
            return;
        }
        if (!counts.inStep()) {
            log.info(
                    "Search index out of step with the database ({} of {} organizations, {} of {} contacts); rebuilding",
                    counts.indexedOrganizations(),
                    counts.organizations(),
                    counts.indexedContacts(),
                    counts.contacts());
            index.rebuildNow();
        }
    }
}
