package org.clusteratlas.bench.floor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilterFactory;
import org.apache.lucene.analysis.de.GermanNormalizationFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The search-time analyzers of the application ({@code LuceneAnalysis} in the application), rebuilt with Lucene's
 * {@link CustomAnalyzer} from the same factories and parameters, so that the floor turns the same words into the same
 * terms as the application does before it queries the index. Only the analyzers used at query time are needed: the
 * index was written by the application, and its index-time analyzers ({@code atlas_de} with the compound filter,
 * {@code atlas_prefix} with edge n-grams) never run here.
 *
 * <p>The word lists are copies of the application's {@code analysis/*.txt} (under {@code floor/} in this jar); the
 * German stop words come from lucene-analysis-common, as in the application.
 */
final class FloorAnalysis {

    static final String COMPOUND_PARTS = "floor/de-compound-parts.txt";
    static final String ENGLISH_STOP_WORDS = "floor/en-stopwords.txt";
    private static final String GERMAN_STOP = "org/apache/lucene/analysis/snowball/german_stop.txt";

    /** {@code SearchAnalysis.MIN_SUBWORD} / {@code MIN_COMPOUND} of the application. */
    static final int MIN_SUBWORD = 4;

    static final int MIN_COMPOUND = 7;

    /** {@code atlas_de_query}: search analyzer of the German text fields. */
    final Analyzer germanQuery;

    /** {@code atlas_en}: index and search analyzer of the English text fields. */
    final Analyzer english;

    /** {@code atlas_prefix_query}: search analyzer of the edge-n-gram fields. */
    final Analyzer prefixQuery;

    /** The dictionary of German compound parts, for splitting compounds typed in a query. */
    final Set<String> compoundParts;

    FloorAnalysis() {
        // Absolute resource names resolved by this class loader: the app's German stop list sits in the Lucene jar.
        var loader = new ClasspathResourceLoader(FloorAnalysis.class.getClassLoader());
        try {
            germanQuery = CustomAnalyzer.builder(loader)
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(
                            StopFilterFactory.class, "words", GERMAN_STOP, "format", "snowball", "ignoreCase", "true")
                    .addTokenFilter(GermanNormalizationFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .addTokenFilter(GermanLightStemFilterFactory.class)
                    .build();
            english = CustomAnalyzer.builder(loader)
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(EnglishPossessiveFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(StopFilterFactory.class, "words", ENGLISH_STOP_WORDS, "ignoreCase", "true")
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .addTokenFilter(PorterStemFilterFactory.class)
                    .build();
            prefixQuery = CustomAnalyzer.builder(loader)
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(GermanNormalizationFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        compoundParts = words(COMPOUND_PARTS);
    }

    /** A word list as the application's {@code CompoundSplitter} reads it: lower case, '#' starts a comment line. */
    static Set<String> words(String resource) {
        try (InputStream in = FloorAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.GERMAN))
                    .forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
