package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.AppContext;
import org.huiwu.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The designed service report of the sample meeting: its first page carries the key figures and the
 * follow-up, its charts (the trend page's too) are there by title with their text in the embedded font, and
 * every page renders with pdftoppm to something that is not blank. The PDF is kept as
 * {@code target/report-pages/sample-report.pdf} for a person to look at.
 */
class ServiceReportPagesTest {

    @TempDir
    Path dir;

    @Test
    void everyPageRendersAndTheFirstPageCarriesTheKeyFigures() throws Exception {
        ExternalTools.requireCjkFont();
        ExternalTools.require("pdftoppm");
        Path pdf;
        ReportFigures figures;
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            UUID id = context.sampleMeeting().ensure();
            figures = ReportFigures.of(context.exports(ExportFixture.ZH).record(id), ExportFixture.ZH);
            pdf = context.exports(ExportFixture.ZH).export(List.of(id), ExportFormat.PDF, dir.resolve("out"),
                    ExportMonitor.none()).get(0);
        }
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(1);
            String first = firstPage.getText(document).replaceAll("[\\s\u3000]", "");
            assertThat(first).contains("主要数据", "待跟进事项", "出席", "应到" + figures.expected() + "人",
                    "实到" + figures.present() + "人", "服务轮次", "倒水次数", "平均续水间隔", "最长续水间隔", "漏服务座位",
                    "突发事件", "检查单完成率", "满意率",
                    Integer.toString(figures.pours()));
            String all = new PDFTextStripper().getText(document);
            assertThat(all).as("chart titles and axis labels are text in the embedded font")
                    .contains("茶水服务时间线", "续水间隔与计划", "突发事件时间分布", "检查单各阶段进度", "满意度测评各项评价",
                            "按时", "超时", "主席台 第1排1号", "跨会议趋势", "各次会议满意率", "各次会议突发事件（按等级）");
        }
        Path kept = Path.of("target/report-pages");
        Files.createDirectories(kept);
        Files.copy(pdf, kept.resolve("sample-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ExternalTools.renderPages(pdf, 1, pages, 40, dir.resolve("page"));
        List<Path> pngs;
        try (var files = Files.list(dir)) {
            pngs = files.filter(f -> f.getFileName().toString().startsWith("page")).sorted().toList();
        }
        assertThat(pngs).hasSize(pages);
        for (Path png : pngs) {
            assertThat(inkedShare(ImageIO.read(png.toFile()))).as(png.getFileName().toString()).isGreaterThan(0.003);
        }
    }

    /** The share of pixels that are not near-white. */
    private static double inkedShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                inked += grey < 200 ? 1 : 0;
            }
        }
        return (double) inked / (image.getWidth() * image.getHeight());
    }

    @Test
    void aTableLongerThanAPageRepeatsItsRuledHeader() throws Exception {
        ExternalTools.requireCjkFont();
        MeetingRecord record;
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            record = context.exports(ExportFixture.ZH).record(context.sampleMeeting().ensure());
        }
        List<java.util.Map<String, Object>> many = new java.util.ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            for (java.util.Map<String, Object> attendee : record.rows("attendee")) {
                java.util.Map<String, Object> again = new java.util.HashMap<>(attendee);
                again.put("id", UUID.randomUUID().toString());
                many.add(again);
            }
        }
        java.util.Map<String, List<java.util.Map<String, Object>>> tables = new java.util.HashMap<>(record.tables());
        tables.put("attendee", many);
        Path pdf = dir.resolve("long.pdf");
        new ServiceReportPdf(ExportFiles.onDisk(), ExportFixture.ZH, new org.huiwu.logic.seating.print.CjkFontLocator(),
                ExportFixture.CLOCK, "吕佳", id -> java.util.Optional.empty())
                .write(new MeetingRecord(record.meetingId(), tables), pdf, ExportMonitor.none());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 2; page <= 4; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("[ \u3000]", "");
                assertThat(text).as("page %d", page).contains("位次姓名单位职务签到");
            }
        }
    }
}
