package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huiwu.AppContext;
import org.huiwu.ExternalTools;
import org.huiwu.persistence.MeetingTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample meeting's staff in its exports: the workbook has the 服务人员, 保密承诺, 质量考核 and 人员安排
 * sheets, none empty, LibreOffice reads the staffing sheet as written, and the bundle carries the staffing
 * and the meeting's assessments.
 */
class StaffExportTest {

    private static final List<String> SHEETS = List.of("服务人员", "保密承诺", "质量考核", "人员安排");

    @TempDir
    Path dir;

    private Path exportSample(ExportFormat format) {
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            UUID id = context.sampleMeeting().ensure();
            return context.exports(ExportFixture.ZH).export(List.of(id), format, dir.resolve("out"),
                    ExportMonitor.none()).get(0);
        }
    }

    @Test
    void theWorkbookHasTheStaffSheetsNamedAsPeopleSayThemAndNoneIsEmpty() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(exportSample(ExportFormat.XLSX)))) {
            for (String name : SHEETS) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(sheet).as(name).isNotNull();
                assertThat(sheet.getLastRowNum()).as(name + " has rows").isPositive();
            }
            Sheet staff = workbook.getSheet("服务人员");
            assertThat(staff.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            List<String> standing = new java.util.ArrayList<>();
            for (int r = 1; r <= staff.getLastRowNum(); r++) {
                standing.add(staff.getRow(r).getCell(0).getStringCellValue() + ":"
                        + staff.getRow(r).getCell(5).getStringCellValue());
            }
            assertThat(standing).containsExactlyInAnyOrder("吕佳:承诺有效", "刘芳:承诺有效", "王丽:承诺已过期");
            Sheet assessed = workbook.getSheet("质量考核");
            assertThat(assessed.getRow(0).getCell(3).getStringCellValue()).isEqualTo("仪容仪表");
        }
    }

    @Test
    void libreOfficeReadsTheStaffingSheetLikePoiWrote() throws Exception {
        ExternalTools.require("soffice");
        Path xlsx = exportSample(ExportFormat.XLSX);
        int index;
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            index = workbook.getSheetIndex("人员安排") + 1;
        }
        Path csv = ExternalTools.libreOfficeSheetToCsv(xlsx, dir.resolve("lo"), index);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))
                .getRecords();
        assertThat(records.get(0).toList()).startsWith("姓名", "岗位", "区域");
        assertThat(records).hasSize(4);
        assertThat(records.subList(1, 4)).extracting(r -> r.get(0) + "/" + r.get(1) + "/" + r.get(2))
                .containsExactly("吕佳/领班/全场", "刘芳/茶水服务/主席台组", "王丽/茶水服务/会场组");
    }

    @Test
    void theServiceReportHasTheStaffSections() throws Exception {
        ExternalTools.requireCjkFont();
        try (var document = org.apache.pdfbox.Loader.loadPDF(exportSample(ExportFormat.PDF).toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("服务人员", "保密承诺", "质量考核", "人员安排", "王丽", "承诺已过期", "主席台组");
        }
    }

    @Test
    void theBundleCarriesTheStaffingAndTheMeetingsAssessments() throws Exception {
        var entries = ExportFixture.entries(exportSample(ExportFormat.BUNDLE));
        String service = new String(entries.get("service.json"), StandardCharsets.UTF_8);
        assertThat(service).contains("\"meeting_staffing\"").contains("刘芳").contains("\"staff_assessment_score\"");
        assertThat(MeetingTable.named("meeting_staffing").unique()).containsExactly("meeting_id", "staff_id");
    }
}
