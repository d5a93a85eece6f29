package org.clusteratlas.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.shared.LocalizedText;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The industries of NACE Rev. 2 / WZ 2008 at division level (two digits), with their German and English titles,
 * shipped as {@code taxonomy/nace-divisions.csv}.
 */
@Component
public class Industries {

    static final String RESOURCE = "taxonomy/nace-divisions.csv";

    private final Map<String, LocalizedText> divisions;

    Industries() {
        Map<String, LocalizedText> read = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(";", 3);
                if (fields.length == 3) {
                    read.put(fields[0].strip(), new LocalizedText(fields[1], fields[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The industry list " + RESOURCE + " could not be read", e);
        }
        this.divisions = Map.copyOf(read);
    }

    public boolean isDivision(String code) {
        return code != null && divisions.containsKey(code);
    }

    /** The division's title, or null for an unknown code. */
    public LocalizedText title(String code) {
        return divisions.get(code);
    }

    /** All divisions by code. */
    public List<Division> all() {
        return divisions.entrySet().stream()
                .map(e -> new Division(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Division::code))
                .toList();
    }

    /** A NACE division: two-digit code and title. */
    public record Division(String code, LocalizedText title) {}
}
