package org.clusteratlas.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Readable, stable URL segments from names ("Müller & Söhne GmbH" becomes "mueller-soehne-gmbh"). */
public final class Slugs {

    /** What a slug may look like: lowercase letters, digits and single hyphens, 2 to 60 characters. */
    public static final String PATTERN = "[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?";

    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    public static String of(String name) {
        String german = name.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = NON_SLUG.matcher(ascii).replaceAll("-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "org" : slug;
    }

    /**
     * The base slug if it is free, else the base with the first free number ("name-2", "name-3" …), shortened so
     * that the whole stays within 60 characters and never ends the base part in a hyphen.
     */
    public static String free(String base, Predicate<String> taken) {
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            String suffix = "-" + n;
            slug = base.substring(0, Math.min(base.length(), 60 - suffix.length()))
                            .replaceAll("-+$", "")
                    + suffix;
        }
        return slug;
    }
}
