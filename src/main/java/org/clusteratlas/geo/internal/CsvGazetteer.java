package org.clusteratlas.geo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.GeoPoint;
import org.clusteratlas.geo.Place;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The gazetteer from {@code geo/de-postal-codes.csv} ({@code postal_code;place;state;lat;lon}), produced by
 * {@code scripts/gazetteer}. About 8,000 postal codes fit comfortably in memory and answer in microseconds.
 */
@Component
class CsvGazetteer implements Gazetteer {

    static final String RESOURCE = "geo/de-postal-codes.csv";

    private static final Logger log = LoggerFactory.getLogger(CsvGazetteer.class);

    private final Map<String, List<Place>> byPostalCode;
    private final Map<String, List<Place>> byName;

    CsvGazetteer() {
        this(new ClassPathResource(RESOURCE));
    }

    CsvGazetteer(Resource csv) {
        Map<String, List<Place>> codes = new HashMap<>();
        Map<String, List<Place>> names = new HashMap<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (header == null || !header.startsWith("postal_code;place;state;lat;lon")) {
                throw new IllegalStateException(RESOURCE + " has an unexpected header: " + header);
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(";", -1);
                if (fields.length < 5 || fields[3].isEmpty() || fields[4].isEmpty()) {
                    continue;
                }
                Place place = new Place(
                        fields[0],
                        fields[1],
                        fields[2].isEmpty() ? null : fields[2],
                        new GeoPoint(Double.parseDouble(fields[3]), Double.parseDouble(fields[4])));
                codes.computeIfAbsent(place.postalCode(), k -> new ArrayList<>())
                        .add(place);
                names.computeIfAbsent(normalize(place.name()), k -> new ArrayList<>())
                        .add(place);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The gazetteer " + RESOURCE + " could not be read", e);
        }
        // Sorted by postal code, so that the same question always gets the same first answer.
        names.values().forEach(list -> list.sort(Comparator.comparing(Place::postalCode)));
        this.byPostalCode = Map.copyOf(codes);
        this.byName = Map.copyOf(names);
        log.info("Gazetteer loaded: {} postal codes, {} place names", byPostalCode.size(), byName.size());
    }

    @Override
    public boolean isKnownPostalCode(String postalCode) {
        return postalCode != null && byPostalCode.containsKey(postalCode.strip());
    }

    @Override
    public Optional<Place> locate(String postalCode, String city) {
        if (postalCode == null) {
            return Optional.empty();
        }
        List<Place> places = byPostalCode.getOrDefault(postalCode.strip(), List.of());
        if (places.isEmpty()) {
            return Optional.empty();
        }
        if (city != null && !city.isBlank()) {
            String wanted = normalize(city);
            for (Place place : places) {
                String name = normalize(place.name());
                if (name.equals(wanted) || name.startsWith(wanted) || wanted.startsWith(name)) {
                    return Optional.of(place);
                }
            }
        }
        return Optional.of(places.getFirst());
    }

    @Override
    public List<Place> findByName(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return byName.getOrDefault(normalize(name), List.of());
    }

    @Override
    public int postalCodeCount() {
        return byPostalCode.size();
    }

    /** "Neustadt a. d. Weinstraße", "neustadt an der weinstrasse" and "Neustadt (Weinstraße)" compare alike. */
    static String normalize(String name) {
        String lower = name.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replace("a. d.", "an der")
                .replace("i. d.", "in der")
                .replace("st.", "sankt");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
