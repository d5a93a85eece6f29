package org.clusteratlas.organization.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.clusteratlas.organization.internal.ContactPerson;
import org.clusteratlas.organization.internal.Organization;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The search index as a whole: its size compared with the database, and the mass reindex that rebuilds it from the
 * database (admin page, API, and at start-up when the index is missing, corrupt or out of step). One rebuild runs at a
 * time; its progress is kept for the admin page.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** State of the latest rebuild, for the admin page and the API. */
    public record Progress(
            boolean running, long done, long total, Instant startedAt, Instant finishedAt, String failure) {

        static final Progress NEVER = new Progress(false, 0, 0, null, null, null);

        public int percent() {
            return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }

    /** Documents in the index and rows in the database. */
    public record Counts(long indexedOrganizations, long organizations, long indexedContacts, long contacts) {

        public boolean inStep() {
            return indexedOrganizations == organizations && indexedContacts == contacts;
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.NEVER);

    SearchIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    public Progress progress() {
        return progress.get();
    }

    public Counts counts() {
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            var session = Search.session(entityManager);
            long indexedOrganizations =
                    session.search(Organization.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long indexedContacts =
                    session.search(ContactPerson.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long organizations = entityManager
                    .createQuery("select count(o) from Organization o", Long.class)
                    .getSingleResult();
            long contacts = entityManager
                    .createQuery("select count(c) from ContactPerson c", Long.class)
                    .getSingleResult();
            return new Counts(indexedOrganizations, organizations, indexedContacts, contacts);
        } finally {
            entityManager.close();
        }
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public boolean startRebuild() {
        Progress current = progress.get();
        if (current.running() || !progress.compareAndSet(current, started())) {
            return false;
        }
        Thread.ofVirtual().name("search-reindex").start(this::runRebuild);
        return true;
    }

    /** Rebuilds and waits (start-up): the application reports ready only with a usable index. */
    public void rebuildNow() {
        Progress current = progress.get();
        if (current.running() || !progress.compareAndSet(current, started())) {
            return;
        }
        runRebuild();
    }

    private static Progress started() {
        return new Progress(true, 0, 0, Instant.now(), null, null);
    }

    private void runRebuild() {
        Instant start = progress.get().startedAt();
        var entityManager = entityManagerFactory.createEntityManager();
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        try {
            MassIndexer indexer = Search.session(entityManager)
                    .massIndexer(Organization.class, ContactPerson.class)
                    // Two cores: one loader thread per entity type keeps the web requests responsive.
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(100)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            update(start, done.addAndGet(increment), total.get());
                        }

                        @Override
                        public void entitiesLoaded(long increment) {}

                        @Override
                        public void documentsBuilt(long increment) {}

                        @Override
                        public void addToTotalCount(long count) {
                            total.addAndGet(count);
                            update(start, done.get(), total.get());
                        }

                        @Override
                        public void indexingCompleted() {}
                    });
            indexer.startAndWait();
            progress.set(new Progress(false, done.get(), total.get(), start, Instant.now(), null));
            log.info(
                    "Search index rebuilt: {} documents in {} ms",
                    done.get(),
                    Duration.between(start, Instant.now()).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.set(new Progress(false, done.get(), total.get(), start, Instant.now(), "interrupted"));
        } catch (RuntimeException e) {
            log.error("Search index rebuild failed", e);
            progress.set(new Progress(
                    false,
                    done.get(),
                    total.get(),
                    start,
                    Instant.now(),
                    e.getClass().getSimpleName()));
        } finally {
            entityManager.close();
        }
    }

    private void update(Instant start, long done, long total) {
        progress.set(new Progress(true, done, total, start, null, null));
    }
}
