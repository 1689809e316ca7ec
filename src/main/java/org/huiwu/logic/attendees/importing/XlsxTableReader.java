package org.huiwu.logic.attendees.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.huiwu.logic.limits.InputLimits;

/**
 * Reads one sheet of an .xlsx workbook by streaming its XML (POI's event API), which is several times
 * faster and leaner than loading the workbook. Parts are read from the file one at a time and each may
 * unpack to at most {@link InputLimits#MAX_XLSX_PART_BYTES} ({@link LimitedWorkbookSource}); rows stop at
 * {@link InputLimits#MAX_ATTENDEE_ROWS} ({@link SourceRows}). Cells become the text Excel displays
 * ({@link DataFormatter}: a rank stored as 3.0 reads "3"); formula cells give their cached value and
 * are never evaluated. Progress total is the row count from the sheet's dimension, or -1 if absent.
 * Stateless; safe to use from any thread.
 */
final class XlsxTableReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxTableReader.class);
    private static final Pattern DIMENSION = Pattern.compile("<(?:\\w+:)?dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");
    private static final int DIMENSION_SEARCH_BYTES = 4096;

    /**
     * @param sheetName the sheet to read, or null for the first one
     */
    SourceTable read(Path file, String sheetName, ImportMonitor monitor) throws ImportFileException {
        monitor.checkCancelled();
        OPCPackage pkg = null;
        try {
            pkg = open(file);
            XSSFReader workbook = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = workbook.getSheetIterator();
            List<String> sheetNames = new ArrayList<>();
            List<SourceRow> rows = null;
            String chosen = null;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    sheetNames.add(name);
                    if (chosen == null && (sheetName == null || sheetName.equals(name))) {
                        chosen = name;
                        long total = rowTotal(sheets.getSheetPart());
                        rows = readRows(sheet, workbook, strings, total, monitor);
                    }
                }
            }
            if (chosen == null) {
                throw sheetNames.isEmpty()
                        ? new ImportFileException(ImportProblemCode.NO_ATTENDEE_ROWS)
                        : new ImportFileException(ImportProblemCode.SHEET_NOT_FOUND, sheetName);
            }
            return new SourceTable(SourceFormat.XLSX, sheetNames, chosen, "", "", rows);
        } catch (ImportFileException | CancellationException | ImportLimitExceeded e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            ImportLimitExceeded exceeded = ImportLimitExceeded.in(e);
            if (exceeded != null) {
                throw exceeded;
            }
            if (e.getCause() instanceof CancellationException cancelled) {
                throw cancelled;
            }
            LOG.warn("Cannot read .xlsx workbook for attendee import", e);
            throw new ImportFileException(ImportProblem.ofFile(ImportProblemCode.UNREADABLE_SPREADSHEET), e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** The workbook, read-only, its parts read one at a time from the file within the size limit. */
    private static OPCPackage open(Path file) throws IOException, InvalidFormatException {
        LimitedWorkbookSource source = new LimitedWorkbookSource(file);
        try {
            return OPCPackage.open(source);
        } catch (InvalidFormatException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private static List<SourceRow> readRows(InputStream sheet, XSSFReader workbook, ReadOnlySharedStringsTable strings,
            long total, ImportMonitor monitor)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        RowCollector collector = new RowCollector(total, monitor);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(workbook.getStylesTable(), strings, collector,
                new DataFormatter(Locale.ROOT), false));
        parser.parse(new InputSource(sheet));
        monitor.finished(collector.rowsSoFar);
        return collector.rows.list();
    }

    /** The last row number in the sheet's dimension element, or -1 when the sheet does not say. */
    private static long rowTotal(PackagePart sheetPart) throws IOException {
        try (InputStream in = sheetPart.getInputStream()) {
            String head = new String(in.readNBytes(DIMENSION_SEARCH_BYTES), StandardCharsets.UTF_8);
            Matcher dimension = DIMENSION.matcher(head);
            return dimension.find() ? Long.parseLong(dimension.group(1)) : -1;
        }
    }

    /** Gathers the non-blank rows of one sheet as POI streams them; one parse, one thread. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SourceRows rows = new SourceRows();
        private final long total;
        private final ImportMonitor monitor;
        private List<String> cells = new ArrayList<>();
        private long rowsSoFar;

        RowCollector(long total, ImportMonitor monitor) {
            this.total = total;
            this.monitor = monitor;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new SourceRow(rowNum + 1, cells));
            rowsSoFar++;
            monitor.afterRow(rowsSoFar, rowNum + 1L, total);
        }
    }
}
