package org.clusteratlas.organization.search;

import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.de.GermanLightStemFilterFactory;
import org.apache.lucene.analysis.de.GermanNormalizationFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The analyzers of {@link SearchAnalysis} for the embedded Lucene backend. */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    private static final String GERMAN_STOP = "org/apache/lucene/analysis/snowball/german_stop.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalysis.GERMAN)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(DictionaryCompoundWordTokenFilterFactory.class)
                .param("dictionary", SearchAnalysis.COMPOUND_PARTS)
                .param("minWordSize", String.valueOf(SearchAnalysis.MIN_COMPOUND))
                .param("minSubwordSize", String.valueOf(SearchAnalysis.MIN_SUBWORD))
                .param("onlyLongestMatch", "true")
                .tokenFilter(StopFilterFactory.class)
                .param("words", GERMAN_STOP)
                .param("format", "snowball")
                .param("ignoreCase", "true")
                .tokenFilter(GermanNormalizationFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(GermanLightStemFilterFactory.class);
        context.analyzer(SearchAnalysis.GERMAN_QUERY)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", GERMAN_STOP)
                .param("format", "snowball")
                .param("ignoreCase", "true")
                .tokenFilter(GermanNormalizationFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(GermanLightStemFilterFactory.class);
        context.analyzer(SearchAnalysis.ENGLISH)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", SearchAnalysis.ENGLISH_STOP_WORDS)
                .param("ignoreCase", "true")
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.analyzer(SearchAnalysis.PREFIX)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(GermanNormalizationFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", String.valueOf(SearchAnalysis.PREFIX_MIN))
                .param("maxGramSize", String.valueOf(SearchAnalysis.PREFIX_MAX));
        context.analyzer(SearchAnalysis.PREFIX_QUERY)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(GermanNormalizationFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(SearchAnalysis.SORT)
                .custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
