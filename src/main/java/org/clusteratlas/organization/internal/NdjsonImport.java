package org.clusteratlas.organization.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.clusteratlas.organization.ImportResult;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.FieldMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk upsert from NDJSON, one organization per line. Lines are read as a stream (the body is never held in memory
 * as a whole) and each line is written in its own transaction: a bad line is reported with its number and never stops
 * or rolls back the good ones.
 */
@Component
public class NdjsonImport {

    /** One organization is a few kilobytes; a longer line is refused instead of being buffered without limit. */
    static final int MAX_LINE_CHARS = 1_000_000;

    private static final Logger log = LoggerFactory.getLogger(NdjsonImport.class);

    private final Organizations organizations;
    private final JsonMapper json;
    private final MessageSource messages;

    NdjsonImport(Organizations organizations, JsonMapper json, MessageSource messages) {
        this.organizations = organizations;
        this.json = json;
        this.messages = messages;
    }

    public ImportResult run(Reader body) throws IOException {
        int created = 0;
        int updated = 0;
        List<ImportResult.FailedLine> failed = new ArrayList<>();
        List<ImportResult.Warning> warnings = new ArrayList<>();
        BoundedLineReader lines = new BoundedLineReader(body, MAX_LINE_CHARS);
        int number = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            number++;
            if (lines.lastWasTooLong()) {
                failed.add(new ImportResult.FailedLine(
                        number, null, List.of(new FieldMessage("", message("import.line.too-long")))));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode tree;
            try {
                tree = json.readTree(line);
            } catch (JacksonException e) {
                failed.add(new ImportResult.FailedLine(number, null, List.of(jsonError(e))));
                continue;
            }
            if (tree == null || !tree.isObject()) {
                failed.add(new ImportResult.FailedLine(
                        number, null, List.of(new FieldMessage("", message("import.line.not-object")))));
                continue;
            }
            // The key is read first, so that a line with a wrong value is still reported with its external id.
            String externalId =
                    tree.path("externalId").isString() ? tree.get("externalId").asString() : null;
            OrganizationData data;
            try {
                data = json.treeToValue(tree, OrganizationData.class);
            } catch (JacksonException e) {
                failed.add(new ImportResult.FailedLine(number, externalId, List.of(jsonError(e))));
                continue;
            }
            try {
                Organizations.UpsertOutcome outcome = organizations.upsertForImport(data);
                if (outcome.created()) {
                    created++;
                } else {
                    updated++;
                }
                if (!outcome.warnings().isEmpty()) {
                    warnings.add(new ImportResult.Warning(number, data.externalId(), outcome.warnings()));
                }
            } catch (Organizations.LineRejected rejected) {
                failed.add(new ImportResult.FailedLine(number, data.externalId(), rejected.errors()));
            } catch (DataAccessException e) {
                // e.g. two imports racing for the same external id: this line is reported, the others go on.
                log.warn(
                        "Import line {} failed in the database: {}",
                        number,
                        e.getMostSpecificCause().getMessage());
                failed.add(new ImportResult.FailedLine(
                        number, data.externalId(), List.of(new FieldMessage("", message("import.line.conflict")))));
            }
        }
        return new ImportResult(created, updated, failed, warnings);
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
