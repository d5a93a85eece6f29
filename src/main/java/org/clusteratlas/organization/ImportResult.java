package org.clusteratlas.organization;

import java.util.List;
import org.clusteratlas.shared.FieldMessage;

/**
 * The outcome of an NDJSON import (API contract v1).
 *
 * @param failed the lines that were not written, in line order; every other non-blank line was written completely
 * @param warnings lines that were written but need attention (e.g. a postal code the gazetteer does not know)
 */
public record ImportResult(int created, int updated, List<FailedLine> failed, List<Warning> warnings) {

    /**
     * @param line 1-based line number in the request body
     * @param messages what needs attention, by field
     */
    public record Warning(int line, String externalId, List<FieldMessage> messages) {}

    /**
     * @param line 1-based line number in the request body
     * @param externalId the line's external id, when it could be read
     */
    public record FailedLine(int line, String externalId, List<FieldMessage> errors) {}
}
