package org.huiwu.logic.attendees.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.huiwu.logic.limits.InputLimits;

/**
 * Reads a delimited-text attendee list into a {@link SourceTable}: decodes it ({@link CsvTextDecoder}),
 * honours Excel's "sep=;" first line, otherwise picks comma, semicolon or tab by counting them outside
 * quotes in the first lines, and parses with commons-csv (lenient about stray quotes). Record numbers
 * equal the rows Excel would show. Parsing stops at the row past {@link InputLimits#MAX_ATTENDEE_ROWS}. Stateless; safe to use from any thread.
 */
final class CsvTableReader {

    private static final String DELIMITERS = ",\t;";
    private static final int SAMPLE_LINES = 10;
    private static final String SEP_HINT = "sep=";

    SourceTable read(byte[] bytes, ImportMonitor monitor) throws ImportFileException {
        CsvTextDecoder.DecodedText text = CsvTextDecoder.decode(bytes);
        String content = text.content();
        int lineEnd = content.indexOf('\n');
        String firstLine = (lineEnd < 0 ? content : content.substring(0, lineEnd)).strip();
        char delimiter;
        if (firstLine.length() == SEP_HINT.length() + 1 && firstLine.regionMatches(true, 0, SEP_HINT, 0, SEP_HINT.length())) {
            delimiter = firstLine.charAt(SEP_HINT.length());
            content = lineEnd < 0 ? "" : content.substring(lineEnd + 1);
        } else {
            delimiter = detectDelimiter(content);
        }
        List<SourceRow> rows = parse(content, delimiter, monitor);
        return new SourceTable(SourceFormat.CSV, List.of(), "", text.encoding(), String.valueOf(delimiter), rows);
    }

    private static List<SourceRow> parse(String content, char delimiter, ImportMonitor monitor)
            throws ImportFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        SourceRows rows = new SourceRows();
        long lastRecord = 0;
        monitor.checkCancelled();
        try (CSVParser parser = CSVParser.parse(content, format)) {
            for (CSVRecord record : parser) {
                rows.add(new SourceRow(Math.toIntExact(record.getRecordNumber()), record.toList()));
                lastRecord = record.getRecordNumber();
                monitor.afterRow(lastRecord, record.getCharacterPosition(), content.length());
            }
            monitor.finished(content.length());
            return rows.list();
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFileException(ImportProblem.ofFile(ImportProblemCode.MALFORMED_CSV, lastRecord + 1), e);
        }
    }

    /** The delimiter seen most often outside quotes in the first lines; comma when none is seen. */
    static char detectDelimiter(String content) {
        int[] counts = new int[DELIMITERS.length()];
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < content.length() && lines < SAMPLE_LINES; i++) {
            char c = content.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                lines++;
            } else if (!quoted && DELIMITERS.indexOf(c) >= 0) {
                counts[DELIMITERS.indexOf(c)]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS.charAt(best);
    }
}
