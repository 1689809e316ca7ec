package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.ExternalTools;
import org.huiwu.AppContext;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF service report of the sample meeting: its sections, page numbers, and a rendered first page. */
class ServiceReportPdfTest {

    @TempDir
    Path dir;

    @Test
    void theReportHasItsSectionsAndPageNumbersAndRenders() throws Exception {
        ExternalTools.requireCjkFont();
        Path pdf;
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            UUID id = context.sampleMeeting().ensure();
            pdf = context.exports(ExportFixture.ZH).export(List.of(id), ExportFormat.PDF, dir.resolve("out"),
                    ExportMonitor.none()).get(0);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("会议服务记录", "市政府第28次常务会议", "出席情况", "茶水服务", "突发事件",
                    "遗留物品", "座次", "第 1 页 / 共 " + document.getNumberOfPages() + " 页", "生成时间：2026-05-12 14:30");
            assertThat(text).as("seats, check-in and tea records are named in words, not stored codes")
                    .contains("主席台 第1排1号", "群众席 第1排1号", "应到 18 人").doesNotContain("EXPECTED", "FIRST_POUR")
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/");
        }
        ExternalTools.renderPages(pdf, 1, 1, 50, dir.resolve("page"));
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("page")).findFirst())
                    .hasValueSatisfying(png -> assertThat(png.toFile().length()).isGreaterThan(1000));
        }
    }

    @Test
    void aClassifiedMeetingIsWatermarkedWithTheTimeAndWhoExported() throws Exception {
        ExternalTools.requireCjkFont();
        MeetingRecord record;
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            record = context.exports(ExportFixture.ZH).record(context.sampleMeeting().ensure());
        }
        record.meeting().put("confidentiality", "CLASSIFIED");
        Path pdf = dir.resolve("classified.pdf");
        new ServiceReportPdf(ExportFiles.onDisk(), ExportFixture.ZH, new CjkFontLocator(), ExportFixture.CLOCK,
                "吕佳", id -> java.util.Optional.empty()).write(record, pdf, ExportMonitor.none());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("密级：涉密");
            assertThat(text.replaceAll("[\\s\u3000]", "")).contains("涉密2026-05-1214:30吕佳");
        }
    }
}
