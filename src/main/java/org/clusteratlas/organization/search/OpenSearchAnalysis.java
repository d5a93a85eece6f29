package org.clusteratlas.organization.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis} for an OpenSearch cluster (profile {@code opensearch}), built from
 * OpenSearch's components that wrap the same Lucene filters, in the same order and with the same parameters as
 * {@link LuceneAnalysis}. Both backends must analyze alike: the query builder ({@link TextQuery},
 * {@link CompoundSplitter}) relies on what the analyzers produce, and search results must not depend on the backend.
 * A change to one of the two classes belongs in the other as well.
 *
 * <p>The compound dictionary is sent inline ({@code word_list}) rather than as a file path: a path would have to
 * exist in the config directory of every OpenSearch node, and the index settings would silently depend on it.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String COMPOUNDS = "atlas_de_compounds";
    private static final String GERMAN_STOP = "atlas_de_stop";
    private static final String GERMAN_STEM = "atlas_de_stem";
    private static final String ENGLISH_POSSESSIVE = "atlas_en_possessive";
    private static final String ENGLISH_STOP = "atlas_en_stop";
    private static final String PREFIX_GRAMS = "atlas_prefix_grams";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        // Lucene's DictionaryCompoundWordTokenFilter; max_subword_size keeps its default of 15, as in Lucene.
        context.tokenFilter(COMPOUNDS)
                .type("dictionary_decompounder")
                .param("word_list", compoundParts())
                .param("min_word_size", SearchAnalysis.MIN_COMPOUND)
                .param("min_subword_size", SearchAnalysis.MIN_SUBWORD)
                .param("only_longest_match", true);
        // _german_ is Lucene's snowball german_stop.txt, the list LuceneAnalysis loads.
        context.tokenFilter(GERMAN_STOP)
                .type("stop")
                .param("stopwords", "_german_")
                .param("ignore_case", true);
        context.tokenFilter(GERMAN_STEM).type("stemmer").param("language", "light_german");
        context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
        // The list LuceneAnalysis loads (Lucene's English set without "it").
        context.tokenFilter(ENGLISH_STOP)
                .type("stop")
                .param("stopwords", englishStopWords())
                .param("ignore_case", true);
        context.tokenFilter(PREFIX_GRAMS)
                .type("edge_ngram")
                .param("min_gram", SearchAnalysis.PREFIX_MIN)
                .param("max_gram", SearchAnalysis.PREFIX_MAX);

        context.analyzer(SearchAnalysis.GERMAN)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", COMPOUNDS, GERMAN_STOP, "german_normalization", "asciifolding", GERMAN_STEM);
        context.analyzer(SearchAnalysis.GERMAN_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", GERMAN_STOP, "german_normalization", "asciifolding", GERMAN_STEM);
        context.analyzer(SearchAnalysis.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(ENGLISH_POSSESSIVE, "lowercase", ENGLISH_STOP, "asciifolding", "porter_stem");
        context.analyzer(SearchAnalysis.PREFIX)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "german_normalization", "asciifolding", PREFIX_GRAMS);
        context.analyzer(SearchAnalysis.PREFIX_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "german_normalization", "asciifolding");
        context.normalizer(SearchAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }

    /**
     * The dictionary of {@link SearchAnalysis#COMPOUND_PARTS}, read the way {@link CompoundSplitter} and Lucene read
     * it (comment lines skipped), sorted so that the index settings are the same on every start and
     * {@code create-or-update} finds nothing to change.
     */
    static String[] englishStopWords() {
        return CompoundSplitter.words(SearchAnalysis.ENGLISH_STOP_WORDS).stream()
                .sorted()
                .toArray(String[]::new);
    }

    static String[] compoundParts() {
        return new CompoundSplitter().parts().stream().sorted().toArray(String[]::new);
    }
}
