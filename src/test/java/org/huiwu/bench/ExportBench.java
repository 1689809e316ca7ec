package org.huiwu.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.huiwu.logic.export.CsvExporter;
import org.huiwu.logic.export.ExportFiles;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.export.LogTable;
import org.huiwu.logic.export.LogTable.LogColumn;
import org.huiwu.logic.export.XlsxExporter;

/**
 * Export of 100,000 tea-service events to CSV and XLSX through the app's exporters, against writing the
 * same rows with commons-csv and POI's SXSSFWorkbook directly. A plain {@code main()} harness (file I/O
 * dominates; JMH adds little): {@code mvn -Pbench test-compile exec:exec
 * -Dbench.main=org.huiwu.bench.ExportBench -Dbench.args=}. Single-threaded.
 */
public final class ExportBench {

    private static final int ROWS = 100_000;
    private static final int ROUNDS = 3;

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        LogTable log = log(ROWS);
        Path folder = Files.createTempDirectory("huiwu-bench");
        for (int round = 1; round <= ROUNDS; round++) {
            report(round, "csv  app   ", time(() -> new CsvExporter(ExportFiles.onDisk())
                    .write(log, folder.resolve("app.csv"), ExportMonitor.none())), folder.resolve("app.csv"));
            report(round, "csv  direct", time(() -> directCsv(log, folder.resolve("direct.csv"))),
                    folder.resolve("direct.csv"));
            report(round, "xlsx app   ", time(() -> new XlsxExporter(ExportFiles.onDisk())
                    .write(List.of(log), folder.resolve("app.xlsx"), ExportMonitor.none())), folder.resolve("app.xlsx"));
            report(round, "xlsx direct", time(() -> directXlsx(log, folder.resolve("direct.xlsx"))),
                    folder.resolve("direct.xlsx"));
        }
    }

    private static void report(int round, String what, long millis, Path file) throws Exception {
        System.out.printf("round %d  %s  %6d ms  %8d KB%n", round, what, millis, Files.size(file) / 1024);
        Files.delete(file);
    }

    private static long time(Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static void directCsv(LogTable log, Path file) throws Exception {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (Writer writer = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8); CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(log.columns().stream().map(LogColumn::header).toList());
            for (List<Object> row : log.rows()) {
                List<Object> cells = new ArrayList<>(row);
                cells.set(0, format.format((LocalDateTime) row.get(0)));
                printer.printRecord(cells);
            }
        }
    }

    private static void directXlsx(LogTable log, Path file) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Sheet sheet = workbook.createSheet(log.title());
            Row head = sheet.createRow(0);
            for (int c = 0; c < log.columns().size(); c++) {
                head.createCell(c).setCellValue(log.columns().get(c).header());
            }
            int r = 1;
            for (List<Object> values : log.rows()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue((LocalDateTime) values.get(0));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(((Number) values.get(1)).doubleValue());
                for (int c = 2; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c).toString());
                }
            }
            workbook.write(out);
        }
    }

    private static LogTable log(int rows) {
        List<List<Object>> values = new ArrayList<>(rows);
        LocalDateTime start = LocalDateTime.of(2026, 5, 12, 9, 0);
        for (int i = 0; i < rows; i++) {
            values.add(List.of(start.plusSeconds(i), i % 12, "A-" + (i % 400), "王建国" + (i % 400), "吕佳",
                    i % 10 == 0 ? "SKIPPED" : "SERVED", i % 10 == 0 ? "DECLINED" : "", i % 50 == 0 ? "=1+1" : ""));
        }
        List<LogColumn> columns = new ArrayList<>();
        for (String header : List.of("时间", "轮次", "座位", "参会人员", "服务人员", "事项", "未服务原因", "备注")) {
            columns.add(new LogColumn(header, 12));
        }
        return new LogTable("service", "茶水服务", columns, values);
    }
}
