package org.clusteratlas.crm.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a member list as offices have it: saved by German Excel (semicolons, Windows-1252), by LibreOffice or Google
 * Sheets (commas, UTF-8), sometimes tab-separated, with or without byte order mark.
 *
 * <p>The encoding is decided by a rule rather than a statistical guess: a file that decodes as strict UTF-8 is UTF-8
 * (text in Windows-1252 with umlauts almost never does), anything else is Windows-1252, which is what German Excel
 * writes. Statistical detectors misjudge the short, mostly ASCII rows of such lists; this rule does not. The office
 * can still choose another encoding in the preview.
 */
public final class CsvSniffer {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};
    private static final int SAMPLE_LINES = 20;

    private CsvSniffer() {}

    /** A file as read: its heading row and rows, each with its line (the heading is line 1). */
    public record CsvFile(Charset charset, char delimiter, List<String> headings, List<Row> rows) {}

    public record Row(int line, List<String> values) {

        public String get(int column) {
            return column < values.size() ? values.get(column) : "";
        }
    }

    public static Charset detectCharset(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252;
        }
    }

    /**
     * The delimiter that splits the first lines most evenly: the candidate found on every sampled line, the same
     * number of times on most of them (quoted text does not count).
     */
    public static char detectDelimiter(String text) {
        List<String> lines =
                text.lines().filter(l -> !l.isBlank()).limit(SAMPLE_LINES).toList();
        char best = ';';
        double bestScore = -1;
        for (char candidate : DELIMITERS) {
            List<Integer> counts =
                    lines.stream().map(l -> countOutsideQuotes(l, candidate)).toList();
            if (counts.isEmpty() || counts.getFirst() == 0) {
                continue;
            }
            int first = counts.getFirst();
            long same = counts.stream().filter(c -> c == first).count();
            // Consistency first, then more columns.
            double score = (double) same / counts.size() * 1000 + first;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** Reads the file; null charset or delimiter are detected. */
    public static CsvFile read(byte[] bytes, Charset charset, Character delimiter) {
        Charset used = charset == null ? detectCharset(bytes) : charset;
        String text = new String(bytes, used);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char separator = delimiter == null ? detectDelimiter(text) : delimiter;
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<String> headings = List.of();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            // The line each row starts on, as an editor numbers it: counted from the record's position, since a
            // quoted cell may span lines and empty lines are skipped.
            int line = 1;
            int counted = 0;
            for (CSVRecord record : parser) {
                int position = (int) record.getCharacterPosition();
                for (int i = counted; i < position; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                counted = position;
                List<String> values =
                        record.toList().stream().map(String::strip).toList();
                if (headings.isEmpty() && rows.isEmpty()) {
                    headings = values;
                } else if (values.stream().anyMatch(v -> !v.isEmpty())) {
                    rows.add(new Row(line, values));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException malformed) {
            throw new MalformedCsvException(malformed.getMessage());
        }
        return new CsvFile(used, separator, headings, rows);
    }

    /** A file commons-csv cannot read (an unclosed quote, for instance). */
    public static final class MalformedCsvException extends RuntimeException {
        public MalformedCsvException(String message) {
            super(message, null, false, false);
        }
    }

    private static int countOutsideQuotes(String line, char candidate) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == candidate && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
