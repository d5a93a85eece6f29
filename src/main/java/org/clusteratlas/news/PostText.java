package org.clusteratlas.news;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.clusteratlas.shared.LocalizedText;

/**
 * A post in one language, as a visitor reads it: the visitor's language if the post exists in it, else the other
 * one. Title, teaser, body and image text always come from the same language version, never mixed.
 *
 * @param language "de" or "en": the language of the texts (for the page's {@code lang} attributes)
 * @param fallback true when the visitor's language is missing and the other one is shown
 * @param teaser null when the office wrote none in this language
 * @param paragraphs the body split at blank lines; empty for list entries
 * @param imageAlt null when the post has no image
 */
public record PostText(
        String language, boolean fallback, String title, String teaser, List<String> paragraphs, String imageAlt) {

    private static final Pattern BLANK_LINES = Pattern.compile("\\R[ \\t]*\\R\\s*");

    public PostText {
        paragraphs = List.copyOf(paragraphs);
    }

    static PostText of(
            Locale locale, LocalizedText title, LocalizedText teaser, LocalizedText body, LocalizedText imageAlt) {
        String wanted = locale != null && "en".equals(locale.getLanguage()) ? "en" : "de";
        String other = wanted.equals("en") ? "de" : "en";
        String language = in(title, wanted) != null ? wanted : other;
        return new PostText(
                language,
                !language.equals(wanted),
                in(title, language),
                in(teaser, language),
                paragraphs(in(body, language)),
                in(imageAlt, language));
    }

    /** Paragraphs of a plain text: separated by blank lines, single line breaks stay inside a paragraph. */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(BLANK_LINES.split(text.strip()))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    private static String in(LocalizedText text, String language) {
        return language.equals("en") ? text.en() : text.de();
    }
}
