package org.clusteratlas.bench.floor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.clusteratlas.bench.BenchQuery;

/**
 * Builds, from one {@link BenchQuery}, the Lucene query and sort that the application's organization search
 * ({@code OrganizationSearch} with {@code TextQuery} and {@code SearchPredicates}, scope ORGANIZATIONS, anonymous
 * viewer) hands to Lucene through Hibernate Search. The clause structure mirrors the Hibernate Search predicates one to
 * one; the leaves are built the way Hibernate Search's Lucene backend builds them (a {@link QueryBuilder} over the
 * field's search analyzer for a match, the same with {@link FuzzyQuery} leaves for a fuzzy match, a phrase through
 * {@link QueryBuilder#createPhraseQuery}, {@link LatLonPoint#newDistanceQuery} for a circle, {@link TermQuery} /
 * {@link TermInSetQuery} for keyword terms), so that Lucene rewrites and scores (BM25) the same tree.
 *
 * <p>Left out: taxonomy concepts. The application first recognizes runs of words that are labels of a competence
 * concept and turns them into one unit matching every label of the concept in both languages (up to 16 labels, as
 * terms or phrases) plus the concept's URI in {@code concepts}/{@code offer_concepts}, without fuzzy or prefix
 * variants. That needs the application's taxonomy; here every word is a plain word unit.
 */
final class FloorQuery {

    /** Hits per page: the application's default page size. */
    static final int PAGE_SIZE = 20;

    // TextQuery's constants.
    static final int MAX_UNITS = 12;
    static final int FUZZY_FROM = 6;
    static final int FUZZY_TWO_FROM = 10;
    static final int FUZZY_PREFIX = 2;
    static final double REQUIRED_SHARE = 0.75;

    private static final Set<String> ENGLISH_STOP =
            Set.of("a", "an", "and", "or", "the", "of", "for", "in", "on", "with", "to", "by", "at", "from");

    /** TextQuery.parse: "+" and "#" belong to a word only at its end (C++, C#). */
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}+#]+|[+#]+(?=[\\p{L}\\p{N}])");

    private static final List<String> LINKS = List.of("", "s", "n", "e", "es", "en");

    /** A field, its weight and the analyzer Hibernate Search applies to query text for it. */
    record Field(String name, float boost, Analyzer analyzer) {}

    /** OrganizationSearch.groups(ORGANIZATIONS): the core group (always readable) and offers (own visibility). */
    private record Group(List<Field> fields, List<Field> prefixFields, String levelField) {}

    private final FloorAnalysis analysis;
    private final List<Group> groups;
    private final List<Field> phraseFields;

    /** The query and how to order its hits; {@code query} null when the application would not search at all. */
    record Built(Query query, Sort sort, boolean near) {}

    FloorQuery(FloorAnalysis analysis) {
        this.analysis = analysis;
        Analyzer de = analysis.germanQuery;
        Analyzer en = analysis.english;
        Analyzer prefix = analysis.prefixQuery;
        Group core = new Group(
                List.of(
                        new Field("name", 5f, de),
                        new Field("name_en", 5f, en),
                        new Field("competences", 3f, de),
                        new Field("competences_en", 3f, en),
                        new Field("description_de", 1f, de),
                        new Field("description_en", 1f, en)),
                List.of(new Field("name_prefix", 1f, prefix), new Field("competences_prefix", 0.8f, prefix)),
                null);
        Group offers = new Group(
                List.of(new Field("offers", 2.5f, de), new Field("offers_en", 2.5f, en)), List.of(), "offers_level");
        this.groups = List.of(core, offers);
        this.phraseFields = core.fields();
    }

    /** Whether typo tolerance could change the result: the application forgives typos in long enough words only. */
    static boolean forgivesTypos(BenchQuery q) {
        return units(q.q()).stream().anyMatch(w -> w.length() >= FUZZY_FROM);
    }

    /** The query as the application asks it first: the words as typed, typos not forgiven. */
    Built build(BenchQuery q) {
        return build(q, false);
    }

    /**
     * The query with or without typo tolerance. Like the application (OrganizationSearch), a search asks without it
     * first and repeats with it only when nothing is found.
     */
    Built build(BenchQuery q, boolean forgiveTypos) {
        List<String> units = units(q.q());
        boolean near = q.near();
        if (units.isEmpty() && !near) {
            // Only punctuation or stop words: the application answers "no hits" without asking the index.
            return new Built(null, null, false);
        }
        BooleanQuery.Builder where = new BooleanQuery.Builder();
        where.add(visibleToAnonymous(), Occur.FILTER);
        where.add(units.isEmpty() ? new MatchAllDocsQuery() : text(q.q(), units, forgiveTypos), Occur.MUST);
        if (near) {
            where.add(
                    LatLonPoint.newDistanceQuery("location", q.lat(), q.lon(), q.radiusKm() * 1000.0), Occur.FILTER);
            if (q.kinds() != null && !q.kinds().isEmpty()) {
                where.add(anyTerm("kind", q.kinds()), Occur.FILTER);
            }
        }
        // Hibernate Search wraps the predicate once more (room for its type/tenant filters, none for this index).
        Query query = new BooleanQuery.Builder().add(where.build(), Occur.MUST).build();
        Sort sort = near
                // SearchOrder.DISTANCE, the application's default when a place is given: distance, then score.
                ? new Sort(LatLonDocValuesField.newDistanceSort("location", q.lat(), q.lon()), SortField.FIELD_SCORE)
                // SearchOrder.RELEVANCE: score, then completeness descending, then name.
                : new Sort(
                        SortField.FIELD_SCORE,
                        new SortedNumericSortField("completeness", SortField.Type.INT, true),
                        new SortedSetSortField("name_sort", false));
        return new Built(query, sort, near);
    }

    /** TextQuery.parse without concept recognition: the non-stop words, at most {@link #MAX_UNITS}. */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int seen = 0;
        for (String w : WORD_SEPARATOR.split(text == null ? "" : text)) {
            if (w.isEmpty() || w.chars().allMatch(c -> c == '+' || c == '#')) {
                continue;
            }
            // The application considers the first 64 words only.
            if (++seen > 64 || units.size() >= MAX_UNITS) {
                break;
            }
            if (!isStopWord(w)) {
                units.add(w);
            }
        }
        return units;
    }

    static boolean isStopWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ENGLISH_STOP.contains(lower) || GermanAnalyzer.getDefaultStopSet().contains(lower);
    }

    /** SearchPredicates.visibleOrganizations for an anonymous viewer: not a draft and PUBLIC. */
    private static Query visibleToAnonymous() {
        Query visible = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("visibility", "PUBLIC")), Occur.SHOULD)
                .build();
        Query published = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("status", "DRAFT")), Occur.MUST_NOT)
                .add(visible, Occur.MUST)
                .build();
        return new BooleanQuery.Builder().add(published, Occur.SHOULD).build();
    }

    /** TextQuery.predicate with required share 0.75 over the ORGANIZATIONS groups. */
    private Query text(String text, List<String> words, boolean forgiveTypos) {
        BooleanQuery.Builder units = new BooleanQuery.Builder();
        for (String word : words) {
            BooleanQuery.Builder anyGroup = new BooleanQuery.Builder();
            for (Group group : groups) {
                Query clause = word(word, group, forgiveTypos);
                anyGroup.add(group.levelField() == null ? clause : section(group.levelField(), clause), Occur.SHOULD);
            }
            units.add(anyGroup.build(), Occur.SHOULD);
        }
        int count = words.size();
        int required = count <= 2 ? count : (int) Math.ceil(count * REQUIRED_SHARE);
        units.setMinimumNumberShouldMatch(Math.max(1, Math.min(count, required)));
        if (count < 2) {
            return units.build();
        }
        // The whole text as a phrase (slop 2) in the core fields earns a bonus, as in the application.
        BooleanQuery.Builder phrase = new BooleanQuery.Builder();
        for (Field field : phraseFields) {
            Query q = new QueryBuilder(field.analyzer()).createPhraseQuery(field.name(), text, 2);
            phrase.add(q == null ? new MatchNoDocsQuery() : q, Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(units.build(), Occur.MUST)
                .add(new BoostQuery(phrase.build(), 2f), Occur.SHOULD)
                .build();
    }

    /** SearchPredicates.section for an anonymous viewer: the clause counts only where the section is PUBLIC. */
    private static Query section(String levelField, Query clause) {
        Query allowed = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(levelField, "PUBLIC")), Occur.SHOULD)
                .build();
        return new BooleanQuery.Builder()
                .add(clause, Occur.MUST)
                .add(allowed, Occur.FILTER)
                .build();
    }

    /** TextQuery.word: as analyzed, fuzzily from six letters, as compound parts, as a prefix from three letters. */
    private Query word(String word, Group group, boolean forgiveTypos) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(match(group.fields(), word, 0), Occur.SHOULD);
        if (forgiveTypos && word.length() >= FUZZY_FROM) {
            any.add(
                    new BoostQuery(match(group.fields(), word, word.length() >= FUZZY_TWO_FROM ? 2 : 1), 0.4f),
                    Occur.SHOULD);
        }
        List<String> parts = split(word);
        if (!parts.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            parts.forEach(part -> all.add(match(group.fields(), part, 0), Occur.MUST));
            any.add(new BoostQuery(all.build(), 0.8f), Occur.SHOULD);
        }
        if (!group.prefixFields().isEmpty() && word.length() >= 3) {
            any.add(new BoostQuery(match(group.prefixFields(), word, 0), 0.3f), Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * The text in any of the fields, each with its weight: Hibernate Search's match predicate per field, i.e. the
     * field's search analyzer through {@link QueryBuilder#createBooleanQuery} (OR of the tokens), nothing when the
     * analyzer leaves no token.
     */
    private static Query match(List<Field> fields, String text, int fuzziness) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Field field : fields) {
            QueryBuilder builder = fuzziness > 0
                    ? new FuzzyBuilder(field.analyzer(), fuzziness)
                    : new QueryBuilder(field.analyzer());
            Query q = builder.createBooleanQuery(field.name(), text);
            if (q == null) {
                q = new MatchNoDocsQuery();
            }
            any.add(field.boost() == 1f ? q : new BoostQuery(q, field.boost()), Occur.SHOULD);
        }
        return any.build();
    }

    /** Hibernate Search's FuzzyQueryBuilder: every analyzed term becomes a {@link FuzzyQuery}. */
    private static final class FuzzyBuilder extends QueryBuilder {
        private final int maxEdits;

        FuzzyBuilder(Analyzer analyzer, int maxEdits) {
            super(analyzer);
            this.maxEdits = maxEdits;
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            Query q = new FuzzyQuery(term, maxEdits, FUZZY_PREFIX);
            return boost == 1f ? q : new BoostQuery(q, boost);
        }
    }

    private static Query anyTerm(String field, List<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.getFirst()));
        }
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    /** The application's CompoundSplitter: parts of the dictionary, longest first, with linking letters. */
    List<String> split(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        if (lower.length() < FloorAnalysis.MIN_COMPOUND) {
            return List.of();
        }
        List<String> found = splitFrom(lower, 0);
        return found == null || found.size() < 2 ? List.of() : found;
    }

    private List<String> splitFrom(String word, int start) {
        if (start == word.length()) {
            return new ArrayList<>();
        }
        for (int end = word.length(); end - start >= FloorAnalysis.MIN_SUBWORD; end--) {
            String candidate = word.substring(start, end);
            if (!analysis.compoundParts.contains(candidate)) {
                continue;
            }
            for (String link : LINKS) {
                int next = end + link.length();
                if (next > word.length() || !word.startsWith(link, end)) {
                    continue;
                }
                if (next < word.length() && word.length() - next < FloorAnalysis.MIN_SUBWORD) {
                    continue;
                }
                List<String> rest = splitFrom(word, next);
                if (rest != null) {
                    rest.addFirst(candidate);
                    return rest;
                }
            }
        }
        return null;
    }
}
