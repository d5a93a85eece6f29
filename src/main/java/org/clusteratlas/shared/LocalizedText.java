package org.clusteratlas.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * A text written by people in German, English or both. Either language may be missing; {@link #in(Locale)} falls
 * back to the other language so a visitor always sees something, and {@link #isFallback(Locale)} tells the page to
 * say so.
 */
@Embeddable
public record LocalizedText(String de, String en) {

    public LocalizedText {
        de = blankToNull(de);
        en = blankToNull(en);
    }

    public static LocalizedText empty() {
        return new LocalizedText(null, null);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return de == null && en == null;
    }

    /** The text in the given language, else the other one; null only when both are missing. */
    public String in(Locale locale) {
        String preferred = isEnglish(locale) ? en : de;
        return preferred != null ? preferred : (isEnglish(locale) ? de : en);
    }

    /** True when {@link #in(Locale)} shows the other language because the requested one is missing. */
    @JsonIgnore
    public boolean isFallback(Locale locale) {
        return !isEmpty() && (isEnglish(locale) ? en == null : de == null);
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
