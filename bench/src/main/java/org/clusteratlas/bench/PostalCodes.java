package org.clusteratlas.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The application's own gazetteer ({@code src/main/resources/geo/de-postal-codes.csv}), read here so that generated
 * addresses are real and PostgreSQL and OpenSearch get exactly the coordinates the application derives from them.
 */
final class PostalCodes {

    /** One row of the gazetteer: a postal code with one of its places. */
    record Place(String postalCode, String city, String state, double lat, double lon) {}

    /**
     * Regions where organizations cluster, as leading postal code digits with their share of all organizations: the
     * industrial centres (Stuttgart, Munich, Rhine-Ruhr, Rhine-Main, Hamburg, Berlin, Nuremberg, Saxony) and the
     * Westpfalz of the demo data. The rest is spread over the whole country, so that radius searches meet dense
     * and sparse areas alike.
     */
    private static final Map<String, Double> DENSE_REGIONS = Map.ofEntries(
            Map.entry("70", 0.06),
            Map.entry("71", 0.04),
            Map.entry("80", 0.05),
            Map.entry("81", 0.03),
            Map.entry("44", 0.04),
            Map.entry("45", 0.04),
            Map.entry("50", 0.04),
            Map.entry("60", 0.04),
            Map.entry("20", 0.03),
            Map.entry("22", 0.03),
            Map.entry("10", 0.03),
            Map.entry("90", 0.03),
            Map.entry("01", 0.02),
            Map.entry("04", 0.02),
            Map.entry("67", 0.05));

    private final List<Place> places;
    private final Map<String, List<Place>> byCode;
    private final List<String> regionPrefixes;
    private final double[] regionCumulative;
    private final Map<String, List<Place>> byPrefix;
    private final Map<String, List<Place>> byCity;

    private PostalCodes(List<Place> places) {
        this.places = List.copyOf(places);
        this.byCode = new HashMap<>();
        this.byPrefix = new HashMap<>();
        this.byCity = new HashMap<>();
        for (Place place : places) {
            byCity.computeIfAbsent(place.city(), c -> new ArrayList<>()).add(place);
            byCode.computeIfAbsent(place.postalCode(), code -> new ArrayList<>(1)).add(place);
            byPrefix.computeIfAbsent(place.postalCode().substring(0, 2), p -> new ArrayList<>())
                    .add(place);
        }
        this.regionPrefixes = DENSE_REGIONS.keySet().stream().sorted().toList();
        this.regionCumulative = new double[regionPrefixes.size()];
        double sum = 0;
        for (int i = 0; i < regionPrefixes.size(); i++) {
            sum += DENSE_REGIONS.get(regionPrefixes.get(i));
            regionCumulative[i] = sum;
        }
    }

    static PostalCodes read(Path csv) throws IOException {
        List<Place> places = new ArrayList<>(13_000);
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = reader.readLine(); // header: postal_code;place;state;lat;lon
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(";", -1);
                if (f.length < 5 || f[0].length() != 5) {
                    continue;
                }
                places.add(new Place(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4])));
            }
        }
        if (places.isEmpty()) {
            throw new IOException("no postal codes in " + csv);
        }
        return new PostalCodes(places);
    }

    /** A place where an organization could be: dense regions more often than their size suggests. */
    Place sample(SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < regionCumulative.length; i++) {
            if (r < regionCumulative[i]) {
                List<Place> region = byPrefix.get(regionPrefixes.get(i));
                if (region != null) {
                    return region.get(random.nextInt(region.size()));
                }
            }
        }
        return places.get(random.nextInt(places.size()));
    }

    /** A place in one of the given cities (those the gazetteer knows), for organizations found only in cities. */
    Place sampleIn(List<String> cities, SplittableRandom random) {
        for (int attempt = 0; attempt < 10; attempt++) {
            List<Place> city = byCity.get(cities.get(random.nextInt(cities.size())));
            if (city != null) {
                return city.get(random.nextInt(city.size()));
            }
        }
        return sample(random);
    }

    /**
     * The place the application would locate for this address: the postal code's place named like the city, else
     * its first place (the rule of the application's gazetteer); null for an unknown code.
     */
    Place locate(String postalCode, String city) {
        List<Place> candidates = byCode.get(postalCode);
        if (candidates == null) {
            return null;
        }
        for (Place place : candidates) {
            if (place.city().equalsIgnoreCase(city)) {
                return place;
            }
        }
        return candidates.getFirst();
    }
}
