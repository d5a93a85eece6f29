package org.clusteratlas.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The one JSON mapper of the benchmark, and the {@code results.jsonl} file every part appends to. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            // Fields may be added to the shared records (and by the floor helper): older readers must not break.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    static void append(Path jsonl, LoadResult result) throws IOException {
        Files.writeString(
                jsonl,
                MAPPER.writeValueAsString(result) + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    static List<LoadResult> readResults(Path jsonl) throws IOException {
        List<LoadResult> results = new ArrayList<>();
        if (!Files.exists(jsonl)) {
            return results;
        }
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                results.add(MAPPER.readValue(line, LoadResult.class));
            }
        }
        return results;
    }

    private Json() {}
}
