package org.clusteratlas.organization.search;

/**
 * Names of the analyzers and normalizers of the search index, shared by the index mapping and the two backends'
 * analysis definitions ({@link LuceneAnalysis}, {@link OpenSearchAnalysis}) so that both backends analyze alike.
 *
 * <ul>
 *   <li>{@link #GERMAN}: lower case, German compounds split by a dictionary of word parts ("Blechbearbeitung" also
 *       yields "blech" and "bearbeitung"), German stop words, umlaut and ß folded ("Fräsen" = "Fraesen" =
 *       "Frasen"), light stemming. Used when indexing.
 *   <li>{@link #GERMAN_QUERY}: the same without splitting compounds: a query word that is a compound is split by the
 *       query builder instead, which requires all its parts ({@link CompoundSplitter}); splitting in the analyzer
 *       would let any single part match.
 *   <li>{@link #ENGLISH}: lower case, possessives, English stop words (but "it": IT), Porter stemming ("coatings" = "coating").
 *   <li>{@link #PREFIX} / {@link #PREFIX_QUERY}: edge n-grams of folded words, so results appear while a word is
 *       still being typed ("Pulverbesch").
 *   <li>{@link #SORT}: a normalizer for sorting and exact matching ignoring case and accents.
 * </ul>
 */
@org.springframework.modulith.NamedInterface("search")
public final class SearchAnalysis {

    public static final String GERMAN = "atlas_de";
    public static final String GERMAN_QUERY = "atlas_de_query";
    public static final String ENGLISH = "atlas_en";
    public static final String PREFIX = "atlas_prefix";
    public static final String PREFIX_QUERY = "atlas_prefix_query";
    public static final String SORT = "atlas_sort";

    /** The word parts of German compounds, one per line, '#' starts a comment. */
    static final String COMPOUND_PARTS = "analysis/de-compound-parts.txt";

    /** English stop words, one per line: Lucene's default set without "it", which here means IT. */
    static final String ENGLISH_STOP_WORDS = "analysis/en-stopwords.txt";

    /** Shortest part split off a compound: shorter parts ("ei", "bau"…) split too many unrelated words. */
    static final int MIN_SUBWORD = 4;

    static final int MIN_COMPOUND = 7;

    static final int PREFIX_MIN = 2;
    static final int PREFIX_MAX = 20;

    private SearchAnalysis() {}
}
