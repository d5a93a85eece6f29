package org.clusteratlas.organization.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.clusteratlas.taxonomy.ConceptLabels;
import org.clusteratlas.taxonomy.Taxonomy;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Component;

/**
 * Turns what somebody typed into an index query that forgives how people type:
 *
 * <ul>
 *   <li>Words and taxonomy concepts are the units of a query. A run of words that is a label of a competence concept
 *       ("laser cutting", "Pulverbeschichten") becomes one unit that matches any label of that concept in either
 *       language, and profiles tagged with the concept: this is how a German query finds English profiles and back.
 *   <li>Every other word matches as analyzed (stemmed, umlauts folded), fuzzily for typos (one edit from six letters,
 *       two from ten), split into its parts when it is a German compound, and as a prefix while it is typed.
 *   <li>Most units must match (all of one or two, three quarters of more); fields are weighted (name, competences
 *       and offers above description) and the whole query as a phrase earns a bonus.
 * </ul>
 *
 * <p>Syntax characters have no meaning: the text is split into words here, never handed to a query parser.
 */
@org.springframework.modulith.NamedInterface("search")
@Component
public class TextQuery {

    /** More words than this add nothing but cost: a pasted paragraph is cut. */
    static final int MAX_UNITS = 12;

    /**
     * Typo tolerance: one edit from six letters, two from ten. Shorter words stem to so few letters that one edit
     * reaches unrelated words ("coat" → "cost").
     */
    static final int FUZZY_FROM = 6;

    static final int FUZZY_TWO_FROM = 10;

    /** The first letters of a word are rarely mistyped, and fixing them keeps fuzzy matching fast. */
    static final int FUZZY_PREFIX = 2;

    private static final int MAX_LABEL_WORDS = 4;
    static final int MAX_LABELS = 16;

    /** English function words; "it" is deliberately missing, it means IT here. */
    private static final Set<String> ENGLISH_STOP =
            Set.of("a", "an", "and", "or", "the", "of", "for", "in", "on", "with", "to", "by", "at", "from");

    private final Taxonomy taxonomy;
    private final CompoundSplitter splitter;

    TextQuery(Taxonomy taxonomy, CompoundSplitter splitter) {
        this.taxonomy = taxonomy;
        this.splitter = splitter;
    }

    /** A field and its weight. */
    public record Field(String name, float boost) {}

    /**
     * Fields searched together. {@code levelField} names the section's visibility level when the section may be
     * more private than the organization (offers, needs); {@code conceptField} holds the section's concept URIs.
     */
    public record FieldGroup(List<Field> fields, List<Field> prefixFields, String levelField, String conceptField) {}

    /** A unit of a query: one word, or words naming a concept. */
    public sealed interface Unit permits Word, Concept {
        String text();
    }

    public record Word(String text) implements Unit {}

    public record Concept(String text, ConceptLabels concept) implements Unit {}

    /** The query split into units; empty when nothing searchable is left (only stop words or punctuation). */
    public record Parsed(String text, List<Unit> units, int wordCount) {
        public boolean isEmpty() {
            return units.isEmpty();
        }

        public List<String> conceptUris() {
            return units.stream()
                    .filter(Concept.class::isInstance)
                    .map(u -> ((Concept) u).concept().uri())
                    .toList();
        }
    }

    public Parsed parse(String text) {
        // "+" and "#" belong to a word only at its end (C++, C#); between letters they separate words.
        List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}+#]+|[+#]+(?=[\\p{L}\\p{N}])"))
                .filter(w -> !w.isEmpty() && !w.chars().allMatch(c -> c == '+' || c == '#'))
                .limit(64)
                .toList();
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < words.size() && units.size() < MAX_UNITS) {
            int taken = 0;
            for (int length = Math.min(MAX_LABEL_WORDS, words.size() - i); length >= 1; length--) {
                String phrase = String.join(" ", words.subList(i, i + length));
                if (length == 1 && isStopWord(phrase)) {
                    break;
                }
                var concept = taxonomy.recognize(phrase);
                if (concept.isPresent()) {
                    units.add(new Concept(phrase, concept.get()));
                    taken = length;
                    break;
                }
            }
            if (taken == 0) {
                String word = words.get(i);
                if (!isStopWord(word)) {
                    units.add(new Word(word));
                }
                taken = 1;
            }
            i += taken;
        }
        return new Parsed(text, List.copyOf(units), (int)
                units.stream().filter(Word.class::isInstance).count());
    }

    /** Only the concept units of the query: enough evidence on their own in matchmaking. */
    public Parsed conceptsOnly(Parsed parsed) {
        List<Unit> concepts =
                parsed.units().stream().filter(Concept.class::isInstance).toList();
        return new Parsed(parsed.text(), concepts, 0);
    }

    /**
     * The predicate for the parsed query over the groups. {@code requiredShare} is the share of units that must
     * match (1.0 = all); at least one always must.
     */
    public PredicateFinalStep predicate(
            SearchPredicateFactory f, Parsed parsed, List<FieldGroup> groups, Viewer viewer, double requiredShare) {
        return predicate(f, parsed, groups, viewer, requiredShare, true);
    }

    /**
     * {@link #predicate}, with or without typo tolerance. Fuzzy matching is by far the most expensive part of a query
     * (Lucene builds a Levenshtein automaton per word and field: milliseconds for a two-edit automaton, whatever the
     * index size), so a caller may first ask without it and forgive typos only when the words as typed find nothing.
     */
    public PredicateFinalStep predicate(
            SearchPredicateFactory f,
            Parsed parsed,
            List<FieldGroup> groups,
            Viewer viewer,
            double requiredShare,
            boolean forgiveTypos) {
        var units = f.bool();
        for (Unit unit : parsed.units()) {
            var anyGroup = f.bool();
            for (FieldGroup group : groups) {
                PredicateFinalStep clause = switch (unit) {
                    case Word word -> word(f, word.text(), group, forgiveTypos);
                    case Concept concept -> concept(f, concept, group);
                };
                anyGroup.should(
                        group.levelField() == null
                                ? clause
                                : SearchPredicates.section(f, viewer, group.levelField(), clause));
            }
            units.should(anyGroup);
        }
        int count = parsed.units().size();
        int required = count <= 2 && requiredShare >= 0.75 ? count : (int) Math.ceil(count * requiredShare);
        units.minimumShouldMatchNumber(Math.max(1, Math.min(count, required)));
        if (parsed.units().size() < 2) {
            return units;
        }
        // Words in the order typed, close together, in a field everybody may read: the best evidence there is.
        FieldGroup open =
                groups.stream().filter(g -> g.levelField() == null).findFirst().orElse(null);
        if (open == null) {
            return units;
        }
        return f.bool()
                .must(units)
                .should(f.phrase()
                        .fields(names(open.fields()))
                        .matching(parsed.text())
                        .slop(2)
                        .boost(2f));
    }

    /** Whether typo tolerance could change what the parsed query finds: it applies to long enough words only. */
    public boolean forgivesTypos(Parsed parsed) {
        return parsed.units().stream()
                .anyMatch(u -> u instanceof Word word && word.text().length() >= FUZZY_FROM);
    }

    private PredicateFinalStep word(SearchPredicateFactory f, String word, FieldGroup group, boolean forgiveTypos) {
        var any = f.bool();
        any.should(match(f, group.fields(), word, 0));
        if (forgiveTypos && word.length() >= FUZZY_FROM) {
            any.should(match(f, group.fields(), word, word.length() >= FUZZY_TWO_FROM ? 2 : 1)
                    .boost(0.4f));
        }
        List<String> parts = splitter.split(word);
        if (!parts.isEmpty()) {
            var all = f.bool();
            parts.forEach(part -> all.must(match(f, group.fields(), part, 0)));
            any.should(all.boost(0.8f));
        }
        if (!group.prefixFields().isEmpty() && word.length() >= 3) {
            any.should(match(f, group.prefixFields(), word, 0).boost(0.3f));
        }
        return any;
    }

    /**
     * Any label of the concept, or its tag. Only the words as typed are also split into compound parts ("Blech" and
     * "Bearbeitung" for "Blechbearbeitung"): splitting every synonym would let any two parts of any label match
     * ("Pulver" somewhere and "Lack" in "Nasslackierung").
     */
    private PredicateFinalStep concept(SearchPredicateFactory f, Concept unit, FieldGroup group) {
        ConceptLabels concept = unit.concept();
        var any = f.bool();
        List<String> labels = new ArrayList<>();
        labels.add(unit.text());
        concept.labels().stream()
                .filter(label -> !label.equalsIgnoreCase(unit.text()))
                .limit(MAX_LABELS)
                .forEach(labels::add);
        for (String label : labels) {
            String[] words = label.strip().split("[^\\p{L}\\p{N}+#]+");
            if (words.length == 1) {
                any.should(match(f, group.fields(), label, 0));
                List<String> parts = label.equals(unit.text()) ? splitter.split(label) : List.of();
                if (!parts.isEmpty()) {
                    var all = f.bool();
                    parts.forEach(part -> all.must(match(f, group.fields(), part, 0)));
                    any.should(all.boost(0.8f));
                }
            } else {
                any.should(
                        f.phrase().fields(names(group.fields())).matching(label).slop(1));
            }
        }
        if (group.conceptField() != null) {
            any.should(f.match()
                    .field(group.conceptField())
                    .matching(concept.uri())
                    .boost(3f));
        }
        return any;
    }

    /** The text in any of the fields, each with its weight; {@code fuzziness} 0 for exact terms. */
    private static org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> match(
            SearchPredicateFactory f, List<Field> fields, String text, int fuzziness) {
        var any = f.bool();
        for (Field field : fields) {
            var match = f.match().field(field.name()).boost(field.boost()).matching(text);
            any.should(fuzziness > 0 ? match.fuzzy(fuzziness, FUZZY_PREFIX) : match);
        }
        return any;
    }

    private static String[] names(List<Field> fields) {
        return fields.stream().map(Field::name).toArray(String[]::new);
    }

    static boolean isStopWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ENGLISH_STOP.contains(lower)
                || GermanAnalyzer.getDefaultStopSet().contains(lower);
    }
}
