package org.clusteratlas.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;

/**
 * The index changes of a bulk import: applied by the search backend while the import writes its next chunk (two cores
 * instead of one), and awaited once at the end, so that what the import wrote is searchable when it answers. No chunk
 * forces an index commit (an fsync each); the backend commits within its commit interval, and an index that a crash
 * left behind the database is rebuilt at the next start.
 */
final class PendingIndexing implements IndexingPlanSynchronizationStrategy {

    private final List<CompletableFuture<?>> running = new ArrayList<>();
    private final AtomicInteger failedEntities = new AtomicInteger();

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> {
            running.removeIf(CompletableFuture::isDone);
            running.add(future.whenComplete((report, failure) -> {
                if (failure != null) {
                    failedEntities.incrementAndGet();
                } else if (report.throwable().isPresent()) {
                    failedEntities.addAndGet(
                            Math.max(1, report.failingEntities().size()));
                }
            }));
        });
    }

    /**
     * Waits until every index change handed over so far is applied (and so visible to searches).
     *
     * @return how many entities could not be indexed (the search backend's failure handler has logged why)
     */
    int await() {
        for (CompletableFuture<?> future : running) {
            future.exceptionally(failure -> null).join();
        }
        running.clear();
        return failedEntities.get();
    }
}
