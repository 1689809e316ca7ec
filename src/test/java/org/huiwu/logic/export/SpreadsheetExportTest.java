package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huiwu.ExternalTools;
import org.huiwu.AppContext;
import org.huiwu.logic.export.LogTable.LogColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX and CSV logs of the sample meeting, formula neutralising, a full disk and a cancel. */
class SpreadsheetExportTest {

    @TempDir
    Path dir;

    private List<Path> export(ExportFormat format) {
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            UUID id = context.sampleMeeting().ensure();
            return context.exports(ExportFixture.ZH).export(List.of(id), format, dir.resolve("out"),
                    ExportMonitor.none());
        }
    }

    @Test
    void attendanceIsListedByRankWithTheRankInItsFirstColumn() throws Exception {
        Path xlsx = export(ExportFormat.XLSX).get(0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet attendance = workbook.getSheet("出席情况");
            assertThat(attendance.getRow(0).getCell(0).getStringCellValue()).isEqualTo("位次");
            List<Integer> ranks = new ArrayList<>();
            for (int r = 1; r <= attendance.getLastRowNum(); r++) {
                ranks.add((int) attendance.getRow(r).getCell(0).getNumericCellValue());
            }
            assertThat(ranks).hasSize(19).isSorted().startsWith(1);
        }
    }

    @Test
    void theWorkbookHasOneSheetPerLogWithFrozenChineseHeadersAndRealDates() throws Exception {
        Path xlsx = export(ExportFormat.XLSX).get(0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(20);
            assertThat(workbook.getSheetName(0)).isEqualTo("概要");
            assertThat(workbook.getSheetName(1)).isEqualTo("出席情况");
            Sheet summary = workbook.getSheet("概要");
            List<String> figures = new ArrayList<>();
            for (int r = 1; r <= summary.getLastRowNum(); r++) {
                figures.add(summary.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(figures).as("the report's key figures, then what needs follow-up").startsWith("出席", "服务轮次",
                    "倒水次数", "平均续水间隔", "最长续水间隔").contains("漏服务座位", "突发事件", "检查单完成率", "满意率",
                    "待跟进事项", "未结束的突发事件", "未办结的投诉", "未归还的遗留物品", "未回收的文件");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).startsWith("应到 18 人");
            Sheet checks = workbook.getSheet("文字核对");
            assertThat(checks.getRow(1).getCell(0).getStringCellValue()).as("the sample's checklist")
                    .isEqualTo("服务检查模板");
            assertThat(checks.getRow(1).getCell(4).getStringCellValue()).isEqualTo("尚未与标准条文核对。");
            Sheet service = workbook.getSheet("茶水服务");
            assertThat(service.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(service.getPaneInformation().isFreezePane()).isTrue();
            assertThat(service.getColumnWidth(0)).isGreaterThan(256 * 10);
            assertThat(service.getLastRowNum()).isPositive();
            Cell time = service.getRow(1).getCell(0);
            assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
            assertThat(time.getLocalDateTimeCellValue()).isAfter(LocalDateTime.of(2020, 1, 1, 0, 0));
        }
    }

    @Test
    void libreOfficeReadsTheFirstSheetLikePoiWrote() throws Exception {
        Path xlsx = export(ExportFormat.XLSX).get(0);
        Path csv = ExternalTools.libreOfficeToCsv(xlsx, dir.resolve("lo"), "44,34,76,1");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))
                .getRecords();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet summary = workbook.getSheetAt(0);
            assertThat(records).hasSize(summary.getLastRowNum() + 1);
            assertThat(records.get(0).toList()).startsWith("项目", "数据");
            for (int r = 0; r <= summary.getLastRowNum(); r++) {
                for (int c = 0; c < 2; c++) {
                    Cell cell = summary.getRow(r).getCell(c);
                    String poi = cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? Integer.toString((int) cell.getNumericCellValue()) : cell.getStringCellValue();
                    assertThat(records.get(r).get(c)).as("row %d column %d", r, c).isEqualTo(poi);
                }
            }
        }
    }

    @Test
    void csvFilesStartWithABomAndHaveChineseHeaders() throws Exception {
        List<Path> files = export(ExportFormat.CSV);
        assertThat(files).hasSize(19);
        byte[] bytes = Files.readAllBytes(files.get(1));
        assertThat(Arrays3.prefix(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("时间,轮次,座位,参会人员").contains("\r\n");
    }

    @Test
    void cellsASpreadsheetWouldRunAreNeutralised() throws Exception {
        LogTable log = new LogTable("t", "t", List.of(new LogColumn("a", 8), new LogColumn("b", 8)),
                List.of(List.of("=HYPERLINK(\"x\")", -3), List.of("+1", "@SUM(A1)"), List.of("-2", "\tx"),
                        List.of("普通", "a=b")));
        Path csv = dir.resolve("t.csv");
        new CsvExporter(ExportFiles.onDisk()).write(log, csv, ExportMonitor.none());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.subList(1, 5)).containsExactly("\"'=HYPERLINK(\"\"x\"\")\",-3", "'+1,'@SUM(A1)",
                "'-2,'\tx", "普通,a=b");
    }

    @Test
    void aFullDiskRemovesThePartialFileAndSaysSo() throws Exception {
        Path target = dir.resolve("big.xlsx");
        assertThatThrownBy(() -> new XlsxExporter(ExportFixture.fullDiskAfter(2000))
                .write(List.of(bigLog(5000)), target, ExportMonitor.none()))
                .isInstanceOfSatisfying(ExportFailedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ExportProblem.DISK_FULL));
        assertThatThrownBy(() -> new CsvExporter(ExportFixture.fullDiskAfter(2000))
                .write(bigLog(5000), dir.resolve("big.csv"), ExportMonitor.none()))
                .isInstanceOfSatisfying(ExportFailedException.class,
                        e -> assertThat(ExportFixture.ZH.format(e.problem().messageKey(), e.file().toString()))
                                .contains("磁盘空间不足", "big.csv"));
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        List<long[]> progress = new ArrayList<>();
        ExportMonitor monitor = new ExportMonitor((done, total) -> progress.add(new long[] {done, total}),
                () -> progress.size() >= 2);
        assertThatThrownBy(() -> new CsvExporter(ExportFiles.onDisk()).write(bigLog(10_000), dir.resolve("c.csv"),
                monitor)).isInstanceOfSatisfying(ExportFailedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ExportProblem.CANCELLED));
        assertThat(progress.get(0)).containsExactly(1000, 10_000);
        assertThat(filesIn(dir)).isEmpty();
    }

    static LogTable bigLog(int rows) {
        List<List<Object>> values = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            values.add(List.of(LocalDateTime.of(2026, 5, 12, 9, 0).plusSeconds(i), i % 7, "A-" + i, "王建国",
                    "吕佳", "SERVED", "", "续水"));
        }
        List<LogColumn> columns = new ArrayList<>();
        for (String header : List.of("时间", "轮次", "座位", "参会人员", "服务人员", "事项", "未服务原因", "备注")) {
            columns.add(new LogColumn(header, 12));
        }
        return new LogTable("service", "茶水服务", columns, values);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Byte helpers. */
    static final class Arrays3 {
        private Arrays3() {
        }

        static int[] prefix(byte[] bytes, int n) {
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = bytes[i] & 0xFF;
            }
            return out;
        }
    }
}
