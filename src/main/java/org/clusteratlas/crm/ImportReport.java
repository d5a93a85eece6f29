package org.clusteratlas.crm;

import java.util.List;
import org.clusteratlas.shared.FieldMessage;

/**
 * The outcome of a member import: how many organizations were created and updated, and each row that was not imported
 * with why (nothing of a rejected row is written).
 */
public record ImportReport(int created, int updated, List<RejectedRow> rejected, List<RejectedRow> warnings) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param line the row's line in the file (the heading is line 1)
     * @param name the organization's name in the row, to find it
     */
    public record RejectedRow(int line, String name, List<FieldMessage> errors) {

        public RejectedRow {
            errors = List.copyOf(errors);
        }
    }
}
