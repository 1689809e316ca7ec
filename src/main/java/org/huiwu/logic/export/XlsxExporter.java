package org.huiwu.logic.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.huiwu.logic.export.LogTable.LogColumn;

/**
 * Writes logs as one XLSX workbook, one sheet per log: a bold frozen header row, column widths, times as
 * real date cells. Streams rows through POI's {@link SXSSFWorkbook} so a log of 100,000 events needs
 * little memory. Every cell gets its style explicitly (the workbook's default one for plain cells, which
 * writes the same bytes): otherwise POI looks for a column style in the sheet's column list, which the
 * column widths fill, for every cell it writes — that search was a third of the export's time. Stateless apart from its collaborators; call from a background thread.
 */
public final class XlsxExporter {

    private static final int WINDOW_ROWS = 200;
    private static final int PROGRESS_EVERY = 1000;

    private final ExportFiles files;

    public XlsxExporter(ExportFiles files) {
        this.files = files;
    }

    /** Writes the workbook to the file, atomically; progress counts rows. */
    public void write(List<LogTable> logs, Path file, ExportMonitor monitor) {
        long total = logs.stream().mapToLong(log -> log.rows().size()).sum();
        files.write(file, out -> writeTo(logs, out, monitor, total));
    }

    private static void writeTo(List<LogTable> logs, OutputStream out, ExportMonitor monitor, long total)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS);
        try {
            CellStyle plain = workbook.getCellStyleAt(0);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            long done = 0;
            for (LogTable log : logs) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(log.title()));
                Row head = sheet.createRow(0);
                for (int c = 0; c < log.columns().size(); c++) {
                    LogColumn column = log.columns().get(c);
                    head.createCell(c).setCellValue(column.header());
                    head.getCell(c).setCellStyle(header);
                    sheet.setColumnWidth(c, Math.min(255, Math.max(column.width(), 2 * column.header().length() + 2))
                            * 256);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> values : log.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        CellStyle style = plain;
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof LocalDateTime time) {
                            cell.setCellValue(time);
                            style = dateTime;
                        } else if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            style = date;
                        } else {
                            cell.setCellValue(value.toString());
                        }
                        cell.setCellStyle(style);
                    }
                    if (++done % PROGRESS_EVERY == 0) {
                        monitor.step(done, total);
                    }
                }
            }
            workbook.write(out);
            monitor.step(total, total);
        } finally {
            workbook.close();
        }
    }
}
