package org.huiwu.logic.attendees.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.huiwu.logic.limits.InputLimits;

/**
 * Reads one sheet of a legacy .xls workbook, or any workbook POI's {@link WorkbookFactory} opens, into
 * a {@link SourceTable}; password-protected files (OLE2 containers) end here and are reported. Cells become
 * the text Excel displays ({@link DataFormatter}: a rank stored as 3.0 reads "3"); formula cells give
 * their cached value as text and are never evaluated. A legacy .xls is loaded whole (at most
 * {@link InputLimits#MAX_ATTENDEE_FILE_BYTES}, 65,536 rows per sheet); rows stop at
 * {@link InputLimits#MAX_ATTENDEE_ROWS}. Stateless; safe to use from any thread.
 */
final class SpreadsheetTableReader {

    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetTableReader.class);

    /**
     * @param sheetName the sheet to read, or null for the first one
     */
    SourceTable read(byte[] bytes, SourceFormat format, String sheetName, ImportMonitor monitor)
            throws ImportFileException {
        monitor.checkCancelled();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<String> sheetNames = new ArrayList<>();
            workbook.forEach(sheet -> sheetNames.add(sheet.getSheetName()));
            if (sheetNames.isEmpty()) {
                throw new ImportFileException(ImportProblemCode.NO_ATTENDEE_ROWS);
            }
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new ImportFileException(ImportProblemCode.SHEET_NOT_FOUND, sheetName);
            }
            List<SourceRow> rows = readRows(sheet, monitor);
            return new SourceTable(format, sheetNames, sheet.getSheetName(), "", "", rows);
        } catch (EncryptedDocumentException e) {
            throw new ImportFileException(ImportProblem.ofFile(ImportProblemCode.ENCRYPTED_SPREADSHEET), e);
        } catch (ImportFileException | CancellationException | ImportLimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read workbook for attendee import", e);
            throw new ImportFileException(ImportProblem.ofFile(ImportProblemCode.UNREADABLE_SPREADSHEET), e);
        }
    }

    private static List<SourceRow> readRows(Sheet sheet, ImportMonitor monitor) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        long total = sheet.getLastRowNum() + 1L;
        SourceRows rows = new SourceRows();
        long rowsSoFar = 0;
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                Cell cell = row.getCell(column);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            rows.add(new SourceRow(row.getRowNum() + 1, cells));
            rowsSoFar++;
            monitor.afterRow(rowsSoFar, row.getRowNum() + 1L, total);
        }
        monitor.finished(total);
        return rows.list();
    }
}
