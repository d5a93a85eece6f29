package org.clusteratlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated organizations as the alternatives (PostgreSQL, OpenSearch) store them: the searchable text fields,
 * kind, visibility, networks and the position the application derives from the postal code.
 */
final class Dataset {

    /** One organization, flattened; lat and lon are NaN when the gazetteer does not know the postal code. */
    record Organization(
            String externalId,
            String name,
            String kind,
            String visibility,
            List<String> networks,
            String descriptionDe,
            String descriptionEn,
            List<String> competences,
            List<String> offers,
            List<String> needs,
            String postalCode,
            String city,
            double lat,
            double lon) {}

    /** Receives the organizations one by one. */
    interface Handler {
        void accept(Organization organization) throws IOException;
    }

    private Dataset() {}

    static void forEach(Path ndjson, PostalCodes postalCodes, Handler handler) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    handler.accept(parse(Json.MAPPER.readTree(line), postalCodes));
                }
            }
        }
    }

    static Organization parse(JsonNode o, PostalCodes postalCodes) {
        JsonNode address = o.path("address");
        String postalCode = text(address, "postalCode");
        String city = text(address, "city");
        PostalCodes.Place place = postalCode == null ? null : postalCodes.locate(postalCode, city);
        return new Organization(
                o.path("externalId").asText(),
                o.path("name").asText(),
                o.path("kind").asText(),
                o.path("visibility").asText("PUBLIC"),
                strings(o.path("networks")),
                text(o.path("description"), "de"),
                text(o.path("description"), "en"),
                strings(o.path("competences")),
                entries(o.path("offers")),
                entries(o.path("needs")),
                postalCode,
                city,
                place == null ? Double.NaN : place.lat(),
                place == null ? Double.NaN : place.lon());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** Offers and needs as "title. description", as a person would read them. */
    private static List<String> entries(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode entry : array) {
            String title = entry.path("title").asText();
            String description = entry.path("description").asText("");
            values.add(description.isEmpty() ? title : title + ". " + description);
        }
        return values;
    }
}
