package org.clusteratlas.organization.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Splits a German compound typed in a query into its parts with the dictionary the index analyzer uses, so that
 * "Blechbearbeitung" also finds "Bearbeitung von Blech": the index holds the parts of every compound, and the query
 * then requires all parts. Only complete splits count ("Blech" + "bearbeitung", with linking "s"/"n"/"e"/"es"/"en"
 * between parts as in "Arbeitsschutz"); a word that does not split completely is searched as typed.
 */
@Component
public class CompoundSplitter {

    private static final List<String> LINKS = List.of("", "s", "n", "e", "es", "en");

    private final Set<String> parts;

    CompoundSplitter() {
        this(load());
    }

    CompoundSplitter(Set<String> parts) {
        this.parts = parts;
    }

    /** The parts of the word, or an empty list when it is no compound of known parts. */
    public List<String> split(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        if (lower.length() < SearchAnalysis.MIN_COMPOUND) {
            return List.of();
        }
        List<String> found = splitFrom(lower, 0);
        return found == null || found.size() < 2 ? List.of() : found;
    }

    /** Longest first, so "bearbeitung" wins over "bearbeit" + "ung"; null when the rest cannot be split. */
    private List<String> splitFrom(String word, int start) {
        if (start == word.length()) {
            return new ArrayList<>();
        }
        for (int end = word.length(); end - start >= SearchAnalysis.MIN_SUBWORD; end--) {
            String candidate = word.substring(start, end);
            if (!parts.contains(candidate)) {
                continue;
            }
            for (String link : LINKS) {
                int next = end + link.length();
                if (next > word.length() || !word.startsWith(link, end)) {
                    continue;
                }
                if (next < word.length() && word.length() - next < SearchAnalysis.MIN_SUBWORD) {
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

    private static Set<String> load() {
        return words(SearchAnalysis.COMPOUND_PARTS);
    }

    /** A word list from the classpath: one lower-case word per line, '#' starts a comment line. */
    static Set<String> words(String resource) {
        try (InputStream in = CompoundSplitter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
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

    /** The dictionary, for the OpenSearch analysis definition which needs it inline. */
    Set<String> parts() {
        return parts;
    }
}
