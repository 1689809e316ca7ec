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
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
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
 * same rows with commons-csv and POI's SXSSFWorkbook directly (the direct workbook has the exporter's bold
 * frozen header, column widths and cell styles, and its file is forced to disk as the app's are, so both do
 * equal work). A plain {@code main()} harness (file I/O
 * dominates; JMH adds little): {@code mvn -Pbench test-compile exec:exec
 * -Dbench.main=org.huiwu.bench.ExportBench -Dbench.args=}. The first round warms up and is not counted;
 * later rounds alternate which of the pair runs first and collect garbage before each run, so neither side
 * pays for the other's garbage; the summary gives the best and the median of the wall time and of the
 * exporting thread's CPU time (which a machine shared with other work disturbs less). Single-threaded.
 */
public final class ExportBench {

    private static final int ROWS = 100_000;
    private static final int ROUNDS = 6;
    private static final Map<String, List<Long>> TIMES = new TreeMap<>();
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        LogTable log = log(ROWS);
        Path folder = Files.createTempDirectory("huiwu-bench");
        for (int round = 0; round < ROUNDS; round++) {
            Run csvApp = new Run("csv  app   ", folder.resolve("app.csv"), file -> new CsvExporter(ExportFiles.onDisk())
                    .write(log, file, ExportMonitor.none()));
            Run csvDirect = new Run("csv  direct", folder.resolve("direct.csv"), file -> directCsv(log, file));
            Run xlsxApp = new Run("xlsx app   ", folder.resolve("app.xlsx"), file -> new XlsxExporter(
                    ExportFiles.onDisk()).write(List.of(log), file, ExportMonitor.none()));
            Run xlsxDirect = new Run("xlsx direct", folder.resolve("direct.xlsx"), file -> directXlsx(log, file));
            List<Run> order = round % 2 == 0 ? List.of(csvApp, csvDirect, xlsxApp, xlsxDirect)
                    : List.of(csvDirect, csvApp, xlsxDirect, xlsxApp);
            for (Run run : order) {
                run.measure(round);
            }
        }
        TIMES.forEach((what, times) -> {
            List<Long> sorted = times.stream().sorted().toList();
            System.out.printf("%s  best %6d ms  median %6d ms  (%d rounds)%n", what, sorted.get(0),
                    sorted.get(sorted.size() / 2), sorted.size());
        });
    }

    /** One export to time: its label, its file and how it is written. */
    private record Run(String what, Path file, Writing writing) {

        void measure(int round) throws Exception {
            System.gc();
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            writing.write(file);
            long cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("round %d  %s  %6d ms  cpu %6d ms  %8d KB%n", round, what, millis, cpu,
                    Files.size(file) / 1024);
            Files.delete(file);
            if (round > 0) {
                TIMES.computeIfAbsent(what + " wall", k -> new ArrayList<>()).add(millis);
                TIMES.computeIfAbsent(what + " cpu ", k -> new ArrayList<>()).add(cpu);
            }
        }
    }

    @FunctionalInterface
    private interface Writing {
        void write(Path file) throws Exception;
    }

    /** Forces a written file to the device, as the app's exports are (AtomicFile), so both do equal work. */
    private static void force(Path file) throws java.io.IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
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
        force(file);
    }

    /**
     * The same workbook as the exporter's, written with POI directly: a bold frozen header row, the same
     * column widths, and every cell given its style, so both sides do equal work.
     */
    private static void directXlsx(LogTable log, Path file) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            CellStyle plain = workbook.getCellStyleAt(0);
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Sheet sheet = workbook.createSheet(log.title());
            Row head = sheet.createRow(0);
            for (int c = 0; c < log.columns().size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(log.columns().get(c).header());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 12 * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : log.rows()) {
                Row row = sheet.createRow(r++);
                Cell time = row.createCell(0);
                time.setCellValue((LocalDateTime) values.get(0));
                time.setCellStyle(date);
                Cell round = row.createCell(1);
                round.setCellValue(((Number) values.get(1)).doubleValue());
                round.setCellStyle(plain);
                for (int c = 2; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(values.get(c).toString());
                    cell.setCellStyle(plain);
                }
            }
            workbook.write(out);
        }
        force(file);
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
