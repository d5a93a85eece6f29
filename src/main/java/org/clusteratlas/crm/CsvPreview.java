package org.clusteratlas.crm;

import java.util.List;

/**
 * What the office sees before an import: how the file was read (encoding, delimiter), its headings with the proposed
 * field of each column, and its first rows.
 *
 * @param mapping per column, the proposed field (null: ignored)
 * @param rows the first rows after the heading, as read
 * @param rowCount all rows after the heading
 */
public record CsvPreview(
        String encoding,
        char delimiter,
        List<String> headings,
        List<ImportField> mapping,
        List<List<String>> rows,
        int rowCount) {

    public CsvPreview {
        headings = List.copyOf(headings);
        mapping = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(mapping));
        rows = rows.stream().map(List::copyOf).toList();
    }
}
