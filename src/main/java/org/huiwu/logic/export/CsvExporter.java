package org.huiwu.logic.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.huiwu.logic.export.LogTable.LogColumn;

/**
 * Writes one log as a CSV file: UTF-8 with a byte-order mark (so Excel on Chinese Windows reads the
 * Chinese), CRLF lines, times as {@code yyyy-MM-dd HH:mm:ss}, and any text a spreadsheet would run as
 * a formula (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe. Stateless
 * apart from its collaborators; call from a background thread.
 */
public final class CsvExporter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int PROGRESS_EVERY = 1000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private final ExportFiles files;

    public CsvExporter(ExportFiles files) {
        this.files = files;
    }

    /** Writes the log to the file, atomically; progress counts rows. */
    public void write(LogTable log, Path file, ExportMonitor monitor) {
        files.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(log.columns().stream().map(LogColumn::header).map(CsvExporter::neutralised).toList());
            long done = 0;
            long total = log.rows().size();
            List<String> cells = new ArrayList<>();
            for (List<Object> row : log.rows()) {
                cells.clear();
                for (Object value : row) {
                    cells.add(cell(value));
                }
                printer.printRecord(cells);
                if (++done % PROGRESS_EVERY == 0) {
                    monitor.step(done, total);
                }
            }
            printer.flush();
            monitor.step(total, total);
        });
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDateTime time) {
            return TIME.format(time);
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        return neutralised(value.toString());
    }

    /** The text, made inert when a spreadsheet would take it for a formula. */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
