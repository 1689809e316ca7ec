package org.huiwu.logic.attendees.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.huiwu.logic.limits.InputLimits;

/**
 * Reads an attendee list file (CSV, .xlsx or .xls, recognised by content, not by extension) into a
 * {@link SourceTable} of display text. Every way a file can fail to be a table ends in an
 * {@link ImportFileException} with a typed problem. Memory is bounded by {@link InputLimits#MAX_ATTENDEE_FILE_BYTES},
 * {@link InputLimits#MAX_ATTENDEE_ROWS} and {@link InputLimits#MAX_XLSX_PART_BYTES} (decision record 0017). Blocking file I/O: call it off the FX thread.
 * Stateless; safe to share between threads.
 */
public final class AttendeeFileReader {

    private static final Logger LOG = LoggerFactory.getLogger(AttendeeFileReader.class);
    private static final long MEGABYTE = 1024L * 1024;

    private final CsvTableReader csvReader = new CsvTableReader();
    private final XlsxTableReader xlsxReader = new XlsxTableReader();
    private final SpreadsheetTableReader spreadsheetReader = new SpreadsheetTableReader();

    /** Reads a CSV file, or the first sheet of a workbook. */
    public SourceTable read(Path file, ImportMonitor monitor) throws ImportFileException {
        return read(file, null, monitor);
    }

    /**
     * Reads a CSV file, or the named sheet of a workbook ({@link SourceTable#sheetNames()} lists them).
     *
     * @param sheetName the sheet to read, or null for the first; ignored for CSV
     * @throws ImportFileException when the file is empty, too large, unreadable, junk, or has no such sheet
     * @throws java.util.concurrent.CancellationException when the monitor reports cancellation
     */
    public SourceTable read(Path file, String sheetName, ImportMonitor monitor) throws ImportFileException {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new ImportFileException(ImportProblemCode.EMPTY_FILE);
        }
        SourceFormat format = SourceFormat.detect(bytes);
        try {
            return switch (format) {
                case CSV -> csvReader.read(bytes, monitor);
                case XLSX -> xlsxReader.read(file, sheetName, monitor);
                case XLS -> spreadsheetReader.read(bytes, format, sheetName, monitor);
            };
        } catch (ImportLimitExceeded e) {
            throw new ImportFileException(e.problem(), null);
        }
    }

    private static byte[] readBytes(Path file) throws ImportFileException {
        try {
            long size = Files.size(file);
            if (size > InputLimits.MAX_ATTENDEE_FILE_BYTES) {
                throw new ImportFileException(ImportProblemCode.FILE_TOO_LARGE,
                        (size + MEGABYTE - 1) / MEGABYTE, InputLimits.MAX_ATTENDEE_FILE_BYTES / MEGABYTE);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.warn("Cannot read attendee list {}", file, e);
            throw new ImportFileException(ImportProblem.ofFile(ImportProblemCode.FILE_NOT_READABLE,
                    String.valueOf(file.getFileName())), e);
        }
    }
}
