package org.clusteratlas.organization.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Component;

/**
 * Marks the words a query matched in the texts of the hits shown, for the embedded Lucene backend.
 *
 * <p>Why not the search engine's own highlighting: Hibernate Search hands Lucene's unified highlighter the whole search
 * query, once per hit and field. That query carries prefix clauses, phrases and, when typos are forgiven, fuzzy
 * clauses over eight fields; the highlighter then indexes every hit's text into a {@code MemoryIndex}, runs the query
 * against it, and builds a Levenshtein automaton again for each hit. Profiles of the benchmark put 60–80 % of a search's
 * CPU there (docs/benchmarks.md). Here the query's words are analyzed once per search into the terms, prefixes and
 * typo automata of each highlighted field, and each hit's stored text is only tokenized and compared with them — the
 * same analyzers as the index, so what is marked is what matched.
 *
 * <p>With OpenSearch the server highlights ({@link #local()} is false), and its highlighter works on its side.
 */
@Component
public class Highlights {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";

    /** Between the values of a multi-valued field: the highlighter's own separator, a paragraph break. */
    private static final char VALUE_SEPARATOR = '\u2029';

    /** Fields whose words are also matched as prefixes while a word is being typed (the search's prefix fields). */
    private static final Set<String> PREFIX_FIELDS = Set.of("name", "competences");

    private final EntityManagerFactory entityManagerFactory;
    private final CompoundSplitter splitter;
    private volatile Analyzers analyzers;

    Highlights(EntityManagerFactory entityManagerFactory, CompoundSplitter splitter) {
        this.entityManagerFactory = entityManagerFactory;
        this.splitter = splitter;
    }

    /** Whether highlights are made here from the hits' stored texts (embedded Lucene) or by the search server. */
    public boolean local() {
        return analyzers().local();
    }

    /** What to mark for the parsed query in the given fields, analyzed once for all hits of one search. */
    public Marker marker(TextQuery.Parsed parsed, boolean forgiveTypos, List<String> fields) {
        Analyzers a = analyzers();
        if (!a.local()) {
            throw new IllegalStateException("highlights are made by the search server");
        }
        Map<String, Query> queries = new HashMap<>();
        Map<String, CompiledAutomaton> fuzzy = new HashMap<>();
        for (String field : fields) {
            Set<String> terms = new LinkedHashSet<>();
            List<Query> clauses = new ArrayList<>();
            for (TextQuery.Unit unit : parsed.units()) {
                switch (unit) {
                    case TextQuery.Word word -> {
                        terms.addAll(analyze(a.search(), field, word.text()));
                        for (String part : splitter.split(word.text())) {
                            terms.addAll(analyze(a.search(), field, part));
                        }
                        if (PREFIX_FIELDS.contains(field) && word.text().length() >= 3) {
                            for (String prefix : analyze(a.prefix(), field, word.text())) {
                                clauses.add(new PrefixQuery(new Term(field, prefix)));
                            }
                        }
                        if (forgiveTypos && word.text().length() >= TextQuery.FUZZY_FROM) {
                            int edits = word.text().length() >= TextQuery.FUZZY_TWO_FROM ? 2 : 1;
                            for (String term : analyze(a.search(), field, word.text())) {
                                // Building a Levenshtein automaton is the expensive part: once per term and search.
                                CompiledAutomaton automaton = fuzzy.computeIfAbsent(
                                        term + "\u0000" + edits,
                                        key -> FuzzyQuery.getFuzzyAutomaton(term, edits, TextQuery.FUZZY_PREFIX, true));
                                clauses.add(new AutomatonMatch(field, automaton));
                            }
                        }
                    }
                    case TextQuery.Concept concept -> {
                        terms.addAll(analyze(a.search(), field, concept.text()));
                        concept.concept().labels().stream()
                                .limit(TextQuery.MAX_LABELS)
                                .forEach(label -> terms.addAll(analyze(a.search(), field, label)));
                    }
                }
            }
            if (terms.isEmpty() && clauses.isEmpty()) {
                continue;
            }
            var query = new BooleanQuery.Builder();
            terms.forEach(t -> query.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
            clauses.forEach(c -> query.add(c, BooleanClause.Occur.SHOULD));
            queries.put(field, query.build());
        }
        return new Marker(a.highlighter(), queries);
    }

    /** The marks of one search: {@link #passages} for each hit's stored values. */
    public static final class Marker {

        private final UnifiedHighlighter highlighter;
        private final Map<String, Query> queries;

        private Marker(UnifiedHighlighter highlighter, Map<String, Query> queries) {
            this.highlighter = highlighter;
            this.queries = queries;
        }

        /**
         * Up to {@code max} passages (sentences; a value of a multi-valued field is never joined to the next) with the
         * matched words marked, HTML-escaped, in text order; empty when nothing matched.
         */
        @SuppressWarnings("unchecked")
        public List<String> passages(String field, List<String> values, int max) {
            Query query = queries.get(field);
            if (query == null || values == null || values.isEmpty()) {
                return List.of();
            }
            List<String> present = values.stream().filter(Objects::nonNull).toList();
            if (present.isEmpty()) {
                return List.of();
            }
            String content = String.join(String.valueOf(VALUE_SEPARATOR), present);
            try {
                Object result = highlighter.highlightWithoutSearcher(field, query, content, max);
                return result == null ? List.of() : (List<String>) result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Each passage on its own, escaped, with the matches marked: what Hibernate Search's highlight projection gave. */
    private static final class PassageList extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<String> fragments = new ArrayList<>(passages.length);
            for (Passage passage : passages) {
                StringBuilder sb = new StringBuilder();
                int pos = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = passage.getMatchStarts()[i];
                    int end = passage.getMatchEnds()[i];
                    if (start < pos) {
                        // Overlapping matches (a compound and its parts share offsets): already marked.
                        continue;
                    }
                    sb.append(SimpleHTMLEncoder.htmlEncode(content.substring(pos, start)));
                    sb.append(OPEN);
                    sb.append(SimpleHTMLEncoder.htmlEncode(content.substring(start, Math.max(start, end))));
                    sb.append(CLOSE);
                    pos = Math.max(pos, end);
                }
                sb.append(SimpleHTMLEncoder.htmlEncode(content.substring(pos, Math.max(pos, passage.getEndOffset()))));
                String fragment = sb.toString().replace(VALUE_SEPARATOR, ' ').strip();
                if (!fragment.isEmpty()) {
                    fragments.add(fragment);
                }
            }
            return fragments;
        }
    }

    /** Terms of a prebuilt automaton for the highlighter: the automaton is built once per search, not per hit. */
    private static final class AutomatonMatch extends Query {

        private final String field;
        private final CompiledAutomaton automaton;

        AutomatonMatch(String field, CompiledAutomaton automaton) {
            this.field = field;
            this.automaton = automaton;
        }

        @Override
        public void visit(QueryVisitor visitor) {
            if (visitor.acceptField(field)) {
                automaton.visit(visitor, this, field);
            }
        }

        /**
         * Never searched: the highlighter only asks the query for its terms through {@link #visit}. The search itself
         * runs Hibernate Search's own fuzzy predicate; this class exists so the automaton is not rebuilt per hit.
         */
        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            throw new UnsupportedOperationException("only for highlighting");
        }

        @Override
        public String toString(String f) {
            return field + ":~" + automaton.type;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AutomatonMatch m && m.field.equals(field) && m.automaton.equals(automaton);
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, automaton);
        }
    }

    private static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The index's analyzers by field, from Hibernate Search; {@code index} null when the backend is not the embedded
     * Lucene.
     */
    private record Analyzers(Analyzer index, Analyzer search, Analyzer prefix, UnifiedHighlighter highlighter) {

        boolean local() {
            return index != null;
        }
    }

    private Analyzers analyzers() {
        Analyzers a = analyzers;
        if (a == null) {
            a = resolve();
            analyzers = a;
        }
        return a;
    }

    private Analyzers resolve() {
        LuceneIndexManager manager;
        try {
            manager = Search.mapping(entityManagerFactory)
                    .indexManager("organization")
                    .unwrap(LuceneIndexManager.class);
        } catch (SearchException notLucene) {
            return new Analyzers(null, null, null, null);
        }
        Analyzer index = manager.indexingAnalyzer();
        // Lower case and folded like the prefix fields, but neither stemmed nor cut into n-grams: a typed beginning.
        Analyzer prefix = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new org.apache.lucene.analysis.standard.StandardTokenizer();
                TokenStream stream = new org.apache.lucene.analysis.core.LowerCaseFilter(tokenizer);
                stream = new org.apache.lucene.analysis.de.GermanNormalizationFilter(stream);
                stream = new org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(index)
                .withFormatter(new PassageList())
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withMaxNoHighlightPassages(0)
                // Pure term and automaton matching: the text is tokenized, not indexed into a MemoryIndex per hit.
                .withWeightMatches(false)
                .withPassageRelevancyOverSpeed(false)
                .withHighlightPhrasesStrictly(false)
                .withHandleMultiTermQuery(true)
                .build();
        return new Analyzers(index, manager.searchAnalyzer(), prefix, highlighter);
    }
}
