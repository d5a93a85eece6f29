package org.clusteratlas.organization.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clusteratlas.organization.ImportResult;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.FieldMessage;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk upsert from NDJSON, one organization per line. Lines are read as a stream (the body is never held in memory
 * as a whole) and written in chunks of {@value #CHUNK_LINES} lines per transaction: a bad line is reported with its
 * number and never stops or rolls back the good ones.
 */
@Component
public class NdjsonImport {

    /** One organization is a few kilobytes; a longer line is refused instead of being buffered without limit. */
    static final int MAX_LINE_CHARS = 1_000_000;

    /**
     * Lines written per transaction. Each transaction ends with a database commit and an index commit (an fsync
     * each); a few hundred lines share them, while a chunk's organizations stay a few megabytes of memory.
     */
    public static final int CHUNK_LINES = 500;

    private static final Logger log = LoggerFactory.getLogger(NdjsonImport.class);

    private final Organizations organizations;
    private final JsonMapper json;
    private final MessageSource messages;

    private final EntityManagerFactory entityManagerFactory;

    /**
     * Whether index changes are applied in the writing transaction's thread (coordination "none", one node). With
     * outbox polling (profile "cluster") every change goes through the outbox instead, asynchronously by design; the
     * import then neither customizes nor awaits the indexing (the contract's "searchable within 2 s" holds there).
     */
    private final boolean directIndexing;

    NdjsonImport(
            Organizations organizations,
            JsonMapper json,
            MessageSource messages,
            EntityManagerFactory entityManagerFactory,
            @Value("${spring.jpa.properties.hibernate.search.coordination.strategy:none}") String coordination) {
        this.organizations = organizations;
        this.json = json;
        this.messages = messages;
        this.entityManagerFactory = entityManagerFactory;
        this.directIndexing = "none".equals(coordination);
    }

    public ImportResult run(Reader body) throws IOException {
        Tally tally = new Tally(directIndexing ? new PendingIndexing() : null);
        List<Line> chunk = new ArrayList<>(CHUNK_LINES);
        BoundedLineReader lines = new BoundedLineReader(body, MAX_LINE_CHARS);
        int number = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            number++;
            if (lines.lastWasTooLong()) {
                tally.failed.add(new ImportResult.FailedLine(
                        number, null, List.of(new FieldMessage("", message("import.line.too-long")))));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            Line parsed = parse(number, line, tally);
            if (parsed != null) {
                chunk.add(parsed);
                if (chunk.size() == CHUNK_LINES) {
                    write(chunk, tally);
                    chunk.clear();
                }
            }
        }
        write(chunk, tally);
        if (tally.indexing != null) {
            int notIndexed = tally.indexing.await();
            if (notIndexed > 0) {
                // Written to the database but missing from the index: reported loudly; a rebuild repairs it.
                log.error("Import: {} organizations were written but could not be indexed", notIndexed);
            }
            // No chunk asked for a refresh: one now, so that everything imported is searchable on the response
            // (OpenSearch refreshes on its own only every second).
            Search.mapping(entityManagerFactory).scope(Object.class).workspace().refresh();
        }
        tally.failed.sort(Comparator.comparingInt(ImportResult.FailedLine::line));
        tally.warnings.sort(Comparator.comparingInt(ImportResult.Warning::line));
        return new ImportResult(tally.created, tally.updated, tally.failed, tally.warnings);
    }

    /** The line's organization, or null when the line is no valid JSON object of one (then it is reported). */
    private Line parse(int number, String line, Tally tally) {
        JsonNode tree;
        try {
            tree = json.readTree(line);
        } catch (JacksonException e) {
            tally.failed.add(new ImportResult.FailedLine(number, null, List.of(jsonError(e))));
            return null;
        }
        if (tree == null || !tree.isObject()) {
            tally.failed.add(new ImportResult.FailedLine(
                    number, null, List.of(new FieldMessage("", message("import.line.not-object")))));
            return null;
        }
        // The key is read first, so that a line with a wrong value is still reported with its external id.
        String externalId =
                tree.path("externalId").isString() ? tree.get("externalId").asString() : null;
        try {
            return new Line(number, json.treeToValue(tree, OrganizationData.class));
        } catch (JacksonException e) {
            tally.failed.add(new ImportResult.FailedLine(number, externalId, List.of(jsonError(e))));
            return null;
        }
    }

    /**
     * Writes a chunk in one transaction; when the database refuses it (a constraint, a concurrent import of the same
     * external id), the chunk is rolled back as a whole and written again line by line, so that only the offending
     * line is reported.
     */
    private void write(List<Line> chunk, Tally tally) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Organizations.ImportLineOutcome> outcomes;
        try {
            outcomes = organizations.upsertAllForImport(
                    chunk.stream().map(Line::data).toList(), tally.indexing);
        } catch (DataAccessException | TransactionException e) {
            log.info(
                    "Import chunk of lines {}-{} refused as a whole ({}); writing its lines one by one",
                    chunk.getFirst().number(),
                    chunk.getLast().number(),
                    e.getClass().getSimpleName());
            chunk.forEach(line -> writeAlone(line, tally));
            return;
        }
        for (int i = 0; i < chunk.size(); i++) {
            Line line = chunk.get(i);
            Organizations.ImportLineOutcome outcome = outcomes.get(i);
            if (outcome.outcome() == null) {
                tally.failed.add(
                        new ImportResult.FailedLine(line.number(), line.data().externalId(), outcome.errors()));
            } else {
                tally.count(line, outcome.outcome());
            }
        }
    }

    private void writeAlone(Line line, Tally tally) {
        try {
            tally.count(line, organizations.upsertForImport(line.data()));
        } catch (Organizations.LineRejected rejected) {
            tally.failed.add(
                    new ImportResult.FailedLine(line.number(), line.data().externalId(), rejected.errors()));
        } catch (DataAccessException e) {
            // e.g. two imports racing for the same external id: this line is reported, the others go on.
            log.warn(
                    "Import line {} failed in the database: {}",
                    line.number(),
                    e.getMostSpecificCause().getMessage());
            tally.failed.add(new ImportResult.FailedLine(
                    line.number(),
                    line.data().externalId(),
                    List.of(new FieldMessage("", message("import.line.conflict")))));
        }
    }

    private record Line(int number, OrganizationData data) {}

    /** The import's counts and reports so far. */
    private static final class Tally {
        private int created;
        private int updated;
        private final List<ImportResult.FailedLine> failed = new ArrayList<>();
        private final List<ImportResult.Warning> warnings = new ArrayList<>();
        private final PendingIndexing indexing;

        Tally(PendingIndexing indexing) {
            this.indexing = indexing;
        }

        void count(Line line, Organizations.UpsertOutcome outcome) {
            if (outcome.created()) {
                created++;
            } else {
                updated++;
            }
            if (!outcome.warnings().isEmpty()) {
                warnings.add(new ImportResult.Warning(line.number(), line.data().externalId(), outcome.warnings()));
            }
        }
    }

    private FieldMessage jsonError(JacksonException e) {
        if (e instanceof DatabindException bind && !bind.getPath().isEmpty()) {
            return new FieldMessage(path(bind), message("import.line.wrong-value"));
        }
        return new FieldMessage("", message("import.line.not-json"));
    }

    /** The JSON path of a binding error in the contract's notation: {@code contacts[0].email}. */
    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** Reads lines (LF or CRLF) but never keeps more than a limit of one line; the rest of a longer line is skipped. */
    static final class BoundedLineReader {

        private final Reader in;
        private final int limit;
        private boolean tooLong;
        private boolean eof;

        BoundedLineReader(Reader in, int limit) {
            this.in = in;
            this.limit = limit;
        }

        String next() throws IOException {
            if (eof) {
                return null;
            }
            StringBuilder line = new StringBuilder();
            tooLong = false;
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    return strip(line);
                }
                if (line.length() < limit) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            eof = true;
            return line.isEmpty() && !tooLong ? null : strip(line);
        }

        boolean lastWasTooLong() {
            return tooLong;
        }

        private static String strip(StringBuilder line) {
            int end = line.length();
            if (end > 0 && line.charAt(end - 1) == '\r') {
                end--;
            }
            String text = line.substring(0, end);
            // A UTF-8 byte order mark at the start of the body is not part of the JSON.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }
}
