package org.clusteratlas.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.taxonomy.internal.Concept;
import org.clusteratlas.taxonomy.internal.Concepts;
import org.clusteratlas.taxonomy.internal.LabelIndex;
import org.clusteratlas.taxonomy.internal.UnmappedTerm;
import org.clusteratlas.taxonomy.internal.UnmappedTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The taxonomy module's API for other modules: suggestions, mapping of typed terms, and concept lookups. */
@Service
@Transactional(readOnly = true)
public class Taxonomy {

    /** Suggestions start at two characters: one letter matches half the scheme and helps nobody. */
    static final int MIN_QUERY_LENGTH = 2;

    private final LabelIndex index;
    private final Concepts concepts;
    private final UnmappedTerms unmapped;

    Taxonomy(LabelIndex index, Concepts concepts, UnmappedTerms unmapped) {
        this.index = index;
        this.concepts = concepts;
        this.unmapped = unmapped;
    }

    /**
     * Concepts for what somebody is typing, best first: labels that start with the text before labels that contain
     * it, preferred labels before synonyms, labels in the user's language before the other one. Each concept once.
     */
    public List<ConceptSuggestion> suggest(String text, Locale locale, int limit) {
        String wanted = text == null ? "" : Labels.normalize(text);
        if (wanted.length() < MIN_QUERY_LENGTH) {
            return List.of();
        }
        String language = "en".equals(locale.getLanguage()) ? "en" : "de";
        Comparator<LabelIndex.Entry> ranking = Comparator.<LabelIndex.Entry>comparingInt(
                        e -> e.normalized().startsWith(wanted) ? 0 : 1)
                .thenComparingInt(e -> e.preferred() ? 0 : 1)
                .thenComparingInt(e -> e.language().equals(language) ? 0 : 1)
                .thenComparingInt(e -> e.label().length())
                .thenComparing(LabelIndex.Entry::label);
        Set<String> seen = new LinkedHashSet<>();
        List<ConceptSuggestion> suggestions = new ArrayList<>();
        for (LabelIndex.Entry entry : index.entries().stream()
                .filter(e -> e.normalized().contains(wanted))
                .sorted(ranking)
                .toList()) {
            if (suggestions.size() >= limit) {
                break;
            }
            if (seen.add(entry.concept().uri())) {
                suggestions.add(new ConceptSuggestion(
                        entry.concept().uri(),
                        entry.concept().prefLabel(),
                        entry.label(),
                        entry.concept().broaderLabel()));
            }
        }
        return suggestions;
    }

    /** Maps typed terms to concepts by their labels (any language, ignoring case, hyphens and umlaut spelling). */
    public TermMapping map(Collection<String> terms) {
        Set<String> uris = new LinkedHashSet<>();
        List<String> rest = new ArrayList<>();
        for (String term : terms) {
            if (term == null || term.isBlank()) {
                continue;
            }
            LabelIndex.Snapshot concept = index.conceptWithLabel(term);
            if (concept != null) {
                uris.add(concept.uri());
            } else {
                rest.add(term.strip());
            }
        }
        return new TermMapping(List.copyOf(uris), List.copyOf(rest));
    }

    /** The concept one of whose labels the text is (same comparison as {@link #map}), with all its labels. */
    public java.util.Optional<ConceptLabels> recognize(String text) {
        if (text == null || Labels.normalize(text).length() < MIN_QUERY_LENGTH) {
            return java.util.Optional.empty();
        }
        LabelIndex.Snapshot concept = index.conceptWithLabel(text);
        if (concept == null) {
            return java.util.Optional.empty();
        }
        List<String> labels = index.entries().stream()
                .filter(e -> e.concept().uri().equals(concept.uri()))
                .map(LabelIndex.Entry::label)
                .distinct()
                .toList();
        return java.util.Optional.of(new ConceptLabels(concept.uri(), concept.prefLabel(), labels));
    }

    /** Like {@link #map}, and remembers the unmapped terms for the admins' list (in the caller's transaction). */
    @Transactional
    public TermMapping mapAndRecord(Collection<String> terms) {
        TermMapping mapping = map(terms);
        for (String term : mapping.unmapped()) {
            String normalized = Labels.normalize(term);
            if (normalized.isEmpty() || normalized.length() > 200) {
                continue;
            }
            unmapped.findById(normalized)
                    .orElseGet(() -> unmapped.save(
                            new UnmappedTerm(normalized, term.length() > 200 ? term.substring(0, 200) : term)))
                    .seen();
        }
        return mapping;
    }

    /** Typed competences no concept matches yet, most often seen first (at most 200). */
    public List<UnmappedTermView> unmappedTerms() {
        return unmapped.findTop200ByOrderByTimesSeenDescTermAsc().stream()
                .map(t -> new UnmappedTermView(t.getTerm(), t.getTimesSeen(), t.getLastSeen()))
                .toList();
    }

    /** A typed term no concept label matches, and how often it was seen. */
    public record UnmappedTermView(String term, int timesSeen, java.time.Instant lastSeen) {}

    /** Preferred labels of the given concepts; unknown URIs are missing from the map. */
    public Map<String, LocalizedText> prefLabels(Collection<String> uris) {
        if (uris.isEmpty()) {
            return Map.of();
        }
        return concepts.findByUriIn(Set.copyOf(uris)).stream()
                .collect(Collectors.toMap(
                        Concept::getUri, c -> new LocalizedText(c.getPrefLabelDe(), c.getPrefLabelEn())));
    }

    /** The whole scheme, by German preferred label. */
    public List<ConceptSummary> all() {
        return concepts.findAllWithLabels().stream().map(Taxonomy::summary).toList();
    }

    public long count() {
        return concepts.count();
    }

    static ConceptSummary summary(Concept concept) {
        return new ConceptSummary(
                concept.getId(),
                concept.getUri(),
                new LocalizedText(concept.getPrefLabelDe(), concept.getPrefLabelEn()),
                concept.getAltLabels().stream().map(a -> a.label()).toList(),
                concept.getBroader().stream().map(Concept::getUri).sorted().toList());
    }
}
