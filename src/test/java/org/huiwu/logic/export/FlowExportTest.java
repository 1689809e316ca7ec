package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huiwu.AppContext;
import org.huiwu.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample meeting's flow in the Excel export: sheets named as people say them (会议室预约, 服务通知单,
 * 阶段记录, 巡查记录), none empty, as POI wrote them and as LibreOffice reads them.
 */
class FlowExportTest {

    private static final List<String> SHEETS = List.of("会议室预约", "服务通知单", "阶段记录", "巡查记录");

    @TempDir
    Path dir;

    private Path exportSample() {
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            UUID id = context.sampleMeeting().ensure();
            return context.exports(ExportFixture.ZH).export(List.of(id), ExportFormat.XLSX, dir.resolve("out"),
                    ExportMonitor.none()).get(0);
        }
    }

    @Test
    void theSampleWorkbookHasTheFlowSheetsNoneEmpty() throws Exception {
        Path xlsx = exportSample();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (String name : SHEETS) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(sheet).as(name).isNotNull();
                assertThat(sheet.getLastRowNum()).as(name + " has rows under its header").isPositive();
            }
            assertThat(workbook.getSheet("会议室预约").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("市行政中心1号会议室");
            assertThat(workbook.getSheet("阶段记录").getRow(2).getCell(2).getStringCellValue()).isEqualTo("会中");
            assertThat(workbook.getSheet("巡查记录").getRow(2).getCell(3).getStringCellValue()).contains("提醒");
        }
    }

    @Test
    void libreOfficeReadsEveryFlowSheet() throws Exception {
        ExternalTools.require("soffice");
        Path xlsx = exportSample();
        Path out = Files.createDirectories(dir.resolve("lo"));
        ExternalTools.run(Duration.ofSeconds(240), "soffice", "--headless", "-env:UserInstallation="
                + out.resolve("lo-profile").toUri(), "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir",
                out.toString(), xlsx.toString());
        for (String name : SHEETS) {
            try (Stream<Path> files = Files.list(out)) {
                Path csv = files.filter(f -> f.getFileName().toString().endsWith("-" + name + ".csv")).findFirst()
                        .orElseThrow(() -> new AssertionError("LibreOffice wrote no sheet " + name));
                List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
                assertThat(lines).as(name).hasSizeGreaterThan(1);
            }
        }
    }
}
