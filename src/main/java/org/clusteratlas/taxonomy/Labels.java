package org.clusteratlas.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How labels are compared: case, umlaut spelling ("Fräsen" = "Fraesen"), hyphens and spacing do not matter, so
 * "Laser-Schneiden", "laserschneiden" and "Laser Schneiden" are one label. Used for duplicate checks and mapping.
 */
public final class Labels {

    private Labels() {}

    public static String normalize(String label) {
        String lower = label.strip()
                .toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^\\p{L}\\p{N}+#]+", "");
    }
}
