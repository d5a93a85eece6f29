package org.clusteratlas.organization.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.GeoPoint;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.ValidationFailedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves the "near" of a search, a postal code, a place name or "lat,lon", to a position; else a clear error. */
@org.springframework.modulith.NamedInterface("search")
@Component
public class Places {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern COORDINATES =
            Pattern.compile("\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");

    private final Gazetteer gazetteer;
    private final MessageSource messages;

    Places(Gazetteer gazetteer, MessageSource messages) {
        this.gazetteer = gazetteer;
        this.messages = messages;
    }

    public GeoPoint resolve(String near, String field) {
        String text = near.strip();
        if (POSTAL_CODE.matcher(text).matches()) {
            return gazetteer
                    .locate(text, null)
                    .map(place -> place.location())
                    .orElseThrow(() -> invalid(field, "search.error.near-unknown-postal-code", text));
        }
        Matcher coordinates = COORDINATES.matcher(text);
        if (coordinates.matches()) {
            try {
                return new GeoPoint(Double.parseDouble(coordinates.group(1)), Double.parseDouble(coordinates.group(2)));
            } catch (IllegalArgumentException e) {
                throw invalid(field, "search.error.near-coordinates", text);
            }
        }
        if (text.length() > 100 || text.chars().anyMatch(Character::isDigit)) {
            throw invalid(field, "search.error.near-unknown-place", abbreviate(text));
        }
        List<org.clusteratlas.geo.Place> places = gazetteer.findByName(text);
        if (places.isEmpty()) {
            throw invalid(field, "search.error.near-unknown-place", abbreviate(text));
        }
        return places.getFirst().location();
    }

    private ValidationFailedException invalid(String field, String key, String value) {
        Locale locale = LocaleContextHolder.getLocale();
        return new ValidationFailedException(
                List.of(new FieldMessage(field, messages.getMessage(key, new Object[] {value}, locale))));
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
