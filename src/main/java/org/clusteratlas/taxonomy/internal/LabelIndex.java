package org.clusteratlas.taxonomy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.taxonomy.Labels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * All labels of the scheme in memory, for suggestions while typing and for mapping terms, rebuilt after a committed
 * change. A scheme has hundreds of concepts with a few labels each; keeping them in memory makes every keystroke's
 * suggestion a scan of a few thousand short strings instead of a database query.
 */
@Component
public class LabelIndex {

    /** One label of one concept. */
    public record Entry(String normalized, String label, String language, boolean preferred, Snapshot concept) {}

    /** What suggestions show of a concept. */
    public record Snapshot(String uri, LocalizedText prefLabel, LocalizedText broaderLabel) {}

    private final Concepts concepts;
    private final AtomicLong changes = new AtomicLong();
    private volatile long builtAt = -1;
    private volatile List<Entry> entries = List.of();
    private volatile Map<String, Snapshot> byNormalizedLabel = Map.of();

    LabelIndex(Concepts concepts) {
        this.concepts = concepts;
    }

    /** Marks the index stale once the current transaction commits (at once without a transaction). */
    public void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changes.incrementAndGet();
                }
            });
        } else {
            changes.incrementAndGet();
        }
    }

    public List<Entry> entries() {
        refreshIfStale();
        return entries;
    }

    /** The concept that has exactly this label (after normalization), or null. */
    public Snapshot conceptWithLabel(String label) {
        refreshIfStale();
        return byNormalizedLabel.get(Labels.normalize(label));
    }

    private void refreshIfStale() {
        long current = changes.get();
        if (builtAt == current) {
            return;
        }
        synchronized (this) {
            if (builtAt == changes.get()) {
                return;
            }
            long building = changes.get();
            List<Entry> all = new ArrayList<>();
            Map<String, Snapshot> labels = new HashMap<>();
            for (Concept concept : concepts.findAllWithLabels()) {
                Concept parent = concept.getBroader().stream().findFirst().orElse(null);
                Snapshot snapshot = new Snapshot(
                        concept.getUri(),
                        new LocalizedText(concept.getPrefLabelDe(), concept.getPrefLabelEn()),
                        parent == null ? null : new LocalizedText(parent.getPrefLabelDe(), parent.getPrefLabelEn()));
                add(all, labels, concept.getPrefLabelDe(), "de", true, snapshot);
                add(all, labels, concept.getPrefLabelEn(), "en", true, snapshot);
                for (AltLabel alt : concept.getAltLabels()) {
                    add(all, labels, alt.label(), alt.language(), false, snapshot);
                }
            }
            entries = List.copyOf(all);
            byNormalizedLabel = Map.copyOf(labels);
            builtAt = building;
        }
    }

    private static void add(
            List<Entry> all,
            Map<String, Snapshot> labels,
            String label,
            String language,
            boolean preferred,
            Snapshot concept) {
        String normalized = Labels.normalize(label);
        all.add(new Entry(normalized, label, language, preferred, concept));
        labels.putIfAbsent(normalized, concept);
    }
}
