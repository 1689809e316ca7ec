package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huiwu.ExternalTools;
import org.huiwu.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample meeting's surveys and complaint in the exports: the XLSX sheets (one row per form with a
 * column per item; complaints with their handling; every complaint version), the PDF report's section
 * (summary, rate with its definition, the scale note, the complaint with its handling), and bundles with
 * and without the feedback document.
 */
class FeedbackExportTest {

    @TempDir
    Path dir;

    private List<Path> export(ExportFormat format) {
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            UUID id = context.sampleMeeting().ensure();
            return context.exports(ExportFixture.ZH).export(List.of(id), format, dir.resolve("out"),
                    ExportMonitor.none());
        }
    }

    private static List<String> row(Sheet sheet, int index) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    @Test
    void theWorkbookHasTheSurveyFormsTheComplaintAndItsHistory() throws Exception {
        Path xlsx = export(ExportFormat.XLSX).get(0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet surveys = workbook.getSheet("满意度调查");
            assertThat(row(surveys, 0)).containsExactly("录入时间", "单位", "姓名", "会前沟通", "会场准备", "会场卫生",
                    "服务态度", "音控保障", "总体评价", "意见和建议", "录入人");
            assertThat(surveys.getLastRowNum()).isEqualTo(2);
            boolean officeFirst = "市政府办公室".equals(row(surveys, 1).get(1));
            List<String> office = row(surveys, officeFirst ? 1 : 2);
            List<String> planning = row(surveys, officeFirst ? 2 : 1);
            assertThat(office.subList(1, 11)).containsExactly("市政府办公室", "张秘书", "满意", "满意", "满意",
                    "满意", "满意", "很满意", "会前沟通及时，服务周到。", "吕佳");
            assertThat(planning.subList(1, 9)).containsExactly("市发展改革委", "", "满意", "满意", "一般", "满意", "满意",
                    "满意");

            Sheet complaints = workbook.getSheet("投诉");
            assertThat(complaints.getLastRowNum()).isEqualTo(1);
            assertThat(row(complaints, 1).subList(1, 14)).containsExactly("现场", "市财政局", "陈处长", "0513-85001234",
                    "会场环境", "第三排靠窗座位空调出风直吹，较冷。", "已办结", "吕佳",
                    "调高空调温度并调整出风口方向，为陈处长更换至第三排中间空位。", "出风口已调整，座位已更换。", "陈处长表示满意。",
                    "2026-05-12 14:30:00", "3");

            Sheet history = workbook.getSheet("投诉历次记录");
            assertThat(history.getLastRowNum()).isEqualTo(3);
            assertThat(List.of(row(history, 1).get(5), row(history, 2).get(6), row(history, 3).get(6)))
                    .containsExactly("登记", "处理中", "已办结");
        }
    }

    @Test
    void theReportHasTheSurveySummaryWithItsDefinitionAndTheHandledComplaint() throws Exception {
        ExternalTools.requireCjkFont();
        Path pdf = export(ExportFormat.PDF).get(0);
        int surveyPage = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("满意度调查", "共 2 份调查表", "会场卫生：满意 1  一般 1  不满意 0  未填 0",
                    "满意率：100%（2/2）", "满意率 = 总体评价为“很满意 + 满意”的调查表数",
                    "第三排靠窗座位空调出风直吹，较冷。", "状态：已办结", "处理结果：出风口已调整，座位已更换。",
                    "投诉人反馈：陈处长表示满意。");
            assertThat(text.replaceAll("\\s", "")).contains("未与本规范附录U核对");
            for (int page = 1; page <= document.getNumberOfPages() && surveyPage == 0; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (stripper.getText(document).contains("满意率：")) {
                    surveyPage = page;
                }
            }
        }
        assertThat(surveyPage).isPositive();
        Path out = Files.createDirectories(Path.of("target/feedback-report"));
        ExternalTools.renderPage(pdf, surveyPage, 70, out.resolve("survey-page.png"));
        assertThat(out.resolve("survey-page.png").toFile().length()).isGreaterThan(1000);
    }

    @Test
    void aBundleCarriesTheFeedbackAndOneWrittenBeforeItIsStillMerged() throws Exception {
        Path bundle = export(ExportFormat.BUNDLE).get(0);
        assertThat(new String(ExportFixture.entries(bundle).get("feedback.json"), StandardCharsets.UTF_8))
                .contains("\"survey_form\"", "市发展改革委", "\"complaint_version\"");
        Path older = ExportFixture.asFirstVersion(bundle, dir.resolve("older.huiwu"));
        assertThat(new BundleReader().read(older).formatVersion()).isEqualTo(1);
        try (AppContext merged = ExportFixture.open(dir.resolve("merged"));
             AppContext fromOlder = ExportFixture.open(dir.resolve("older"))) {
            merged.bundleMerger().merge(List.of(bundle), ExportMonitor.none());
            fromOlder.bundleMerger().merge(List.of(older), MergePermission.ON_FIRST_USE.allowingUnsigned(true),
                    ExportMonitor.none());
            UUID id = org.huiwu.logic.sample.SampleMeeting.ID;

            assertThat(merged.feedback().surveys().forms(id)).hasSize(2);
            assertThat(merged.feedback().surveys().summary(id).satisfactionRate()).hasValue(1.0);
            assertThat(merged.feedback().complaints().history(merged.feedback().complaints().ofMeeting(id).get(0).id()))
                    .hasSize(3);
            assertThat(fromOlder.meetings().find(id)).isPresent();
            assertThat(fromOlder.feedback().surveys().forms(id)).isEmpty();
        }
    }
}
