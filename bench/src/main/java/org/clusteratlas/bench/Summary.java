package org.clusteratlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code summary.json}: everything of a run that is not a load result (import, memory, start-up, sizes, query
 * sanity, environment, notes and failures), one section per part. Written after every phase, so a run that fails late
 * still leaves what it measured; a run of some phases only keeps the other phases' sections.
 */
final class Summary {

    private final Path file;
    private final ObjectNode root;

    private Summary(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    static Summary open(Path file, boolean fresh) throws IOException {
        if (!fresh && Files.exists(file)) {
            JsonNode existing = Json.MAPPER.readTree(file.toFile());
            if (existing instanceof ObjectNode object) {
                return new Summary(file, object);
            }
        }
        return new Summary(file, Json.MAPPER.createObjectNode());
    }

    ObjectNode root() {
        return root;
    }

    /** A section, emptied: its phase runs again. */
    synchronized ObjectNode fresh(String name) {
        return root.putObject(name);
    }

    synchronized ObjectNode section(String name) {
        JsonNode node = root.get(name);
        return node instanceof ObjectNode object ? object : root.putObject(name);
    }

    /**
     * How a system answered the first queries of a scenario: how many found anything and how much on average. Not a
     * measure of quality, but it shows at a glance whether the systems compared answer comparable questions.
     */
    synchronized void sanity(String system, String scenario, int sampled, int withHits, long totalHits) {
        ObjectNode entry = section("sanity").putObject(system + "/" + scenario);
        entry.put("sampled", sampled);
        entry.put("withHits", withHits);
        entry.put("meanHits", sampled == 0 ? 0 : (double) totalHits / sampled);
    }

    /**
     * How busy the machine was with other processes just before a measurement: the highest value per system is kept,
     * and the report warns when they took a noticeable share of the CPUs.
     */
    synchronized void busy(String phase, double fraction) {
        ObjectNode busy = section("busyBeforeMeasuring");
        if (fraction > busy.path(phase).asDouble(-1)) {
            busy.put(phase, fraction);
        }
    }

    /** A remark for the report; said once, however often a partial run repeats it. */
    synchronized void note(String text) {
        Log.info("note: %s", text);
        ArrayNode notes = array("notes");
        for (JsonNode note : notes) {
            if (note.asText().equals(text)) {
                return;
            }
        }
        notes.add(text);
    }

    synchronized void failure(String phase, Throwable failure) {
        ObjectNode entry = array("failures").addObject();
        entry.put("phase", phase);
        entry.put("error", String.valueOf(failure));
    }

    /** Forgets the failures and notes of phases that run again. */
    synchronized void clearFailures(Iterable<String> phases) {
        ArrayNode failures = array("failures");
        for (int i = failures.size() - 1; i >= 0; i--) {
            for (String phase : phases) {
                if (failures.get(i).path("phase").asText().equals(phase)) {
                    failures.remove(i);
                    break;
                }
            }
        }
    }

    private ArrayNode array(String name) {
        JsonNode node = root.get(name);
        return node instanceof ArrayNode array ? array : root.putArray(name);
    }

    synchronized void write() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
