package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huiwu.ExternalTools;
import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.MarkState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample meeting's service checklist in the XLSX log and in the PDF service report. */
class ChecklistExportTest {

    @TempDir
    Path dir;

    private List<Path> export(ExportFormat format, I18n i18n) {
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            UUID id = context.sampleMeeting().ensure();
            UUID item = context.checklists().current(id).of(ChecklistPhase.DURING).get(0).item().id();
            context.checklists().mark(id, item, MarkState.OPEN, "重新核对", "王芳");
            return context.exports(i18n).export(List.of(id), format, dir.resolve("out-" + i18n.locale()),
                    ExportMonitor.none());
        }
    }

    @Test
    void theWorkbookHasAChecklistSheetWithEveryItemItsStateWhoAndWhen() throws Exception {
        Path xlsx = export(ExportFormat.XLSX, ExportFixture.ZH).get(0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("服务检查");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("阶段");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("状态");
            assertThat(sheet.getLastRowNum()).isEqualTo(28);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("会前准备");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(2).getStringCellValue()).startsWith("与主办单位确认会议需求");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("已完成");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("吕佳");
            assertThat(first.getCell(6).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 5, 12, 14, 30));
            Row classified = sheet.getRow(11);
            assertThat(classified.getCell(3).getStringCellValue()).isEqualTo("不适用");
            assertThat(classified.getCell(4).getStringCellValue()).isEqualTo("本次会议密级为内部");
            Row unticked = sheet.getRow(13);
            assertThat(unticked.getCell(0).getStringCellValue()).isEqualTo("会中服务");
            assertThat(unticked.getCell(3).getStringCellValue()).isEqualTo("未完成");
            assertThat(unticked.getCell(5).getStringCellValue()).isEqualTo("王芳");
            assertThat(unticked.getCell(7).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(28).getCell(0).getStringCellValue()).isEqualTo("会后整理");
            assertThat(sheet.getRow(28).getCell(5).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void theCsvLogIsInEnglishWhenTheInterfaceIs() throws Exception {
        List<Path> files = export(ExportFormat.CSV, new I18n(Locale.ENGLISH));
        Path csv = files.stream().filter(f -> f.getFileName().toString().endsWith("-checklists.csv")).findFirst()
                .orElseThrow();
        String text = Files.readString(csv);
        assertThat(text).contains("Phase,No.,Item,Status", "Before the meeting,1,\"Requirements confirmed",
                "Not applicable", "After the meeting,8,");
    }

    @Test
    void theReportHasAChecklistSectionPerPhaseWithTicksWhoAndWhen() throws Exception {
        ExternalTools.requireCjkFont();
        Path pdf = export(ExportFormat.PDF, ExportFixture.ZH).get(0);
        Files.copy(pdf, Path.of("target").resolve("checklist-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("[ \u3000]+", " ");
            assertThat(text).contains("服务检查（会前 / 会中 / 会后）", "会前准备（12/12）", "会中服务（2/8）",
                    "会后整理（0/8）", "✓ 1. 与主办单位确认会议需求", "吕佳 2026-05-12 14:30",
                    "不适用 11. 涉密会议", "备注：本次会议密级为内部", "未完成 1. 引领入座", "备注：重新核对",
                    "未完成 8. 关闭空调");
        }
    }
}
