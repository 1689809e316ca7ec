package org.huiwu.logic.seating.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.SpeakerStand;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;
import org.huiwu.model.seating.Viewpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seat chart as PDF: embedded Chinese font, the names and statements as text, a page that renders. */
class SeatChartPdfTest {

    @TempDir
    Path dir;

    private final SeatingFixture fixture = new SeatingFixture();
    private final SeatChartPdf pdf = new SeatChartPdf(SeatingFixture.CHINESE, new CjkFontLocator(), PrintTestSupport.CLOCK);

    @Test
    void embedsTheChineseFontAndCarriesNamesTitleAndViewpoint() throws IOException {
        Path file = dir.resolve("chart.pdf");
        pdf.write(fixture.chart(Viewpoint.AUDIENCE), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("WenQuanYi");
            });
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("市政府第28次常务会议", "从台下看", "以左为尊（政务）", "市行政中心1号会议室",
                    "第 1 页，共 1 页", "2026-11-27 09:30");
            assertThat(SeatingFixture.NAMES).allSatisfy(name -> assertThat(text).contains(name));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("市政府第28次常务会议");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void thePodiumViewSaysSo() throws IOException {
        Path file = dir.resolve("podium.pdf");
        pdf.write(fixture.chart(Viewpoint.PODIUM), file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("从台上看").doesNotContain("从台下看");
        }
    }

    @Test
    void theFirstPageRendersWithInk() throws IOException, InterruptedException {
        Path file = PrintTestSupport.targetDir("chart-pdf").resolve("chart.pdf");
        pdf.write(fixture.chart(Viewpoint.AUDIENCE), file);
        BufferedImage page = PrintTestSupport.renderFirstPage(file, file.resolveSibling("chart-page1.png"));
        assertThat(page.getWidth()).isBetween(480, 720);
        assertThat(PrintTestSupport.ink(page)).isGreaterThan(0.01);
    }

    @Test
    void aLargePlanGoesOnA3() throws IOException {
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), fixture.meeting.id()).withBlocks(List.of(
                SeatBlock.audience(UUID.randomUUID(), "", java.util.Collections.nCopies(30, 40), 10)));
        SeatChart chart = SeatChart.describe(SeatingFixture.CHINESE, fixture.meeting, plan, new SeatLayout().seats(plan),
                SeatAssignments.none(), List.of(), Viewpoint.AUDIENCE);
        Path file = dir.resolve("large.pdf");
        pdf.write(chart, file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            org.apache.pdfbox.pdmodel.common.PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(Math.max(box.getWidth(), box.getHeight())).isGreaterThan(1100);
        }
    }

    @Test
    void longNamesDoNotBreakTheChart() throws IOException {
        List<String> names = new ArrayList<>(List.of(SeatingFixture.NAMES));
        names.set(0, "欧阳".repeat(10));
        names.set(1, "李".repeat(5_000));
        names.set(2, "\uD83D\uDE00\n\t");
        SeatingFixture odd = new SeatingFixture(names);
        Path file = dir.resolve("odd.pdf");
        pdf.write(SeatChart.describe(SeatingFixture.ENGLISH, odd.meeting, odd.plan, odd.seats, odd.assignments,
                odd.attendees, Viewpoint.PODIUM), file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("View: from the podium", "\u2026");
        }
    }

    @Test
    void withoutAChineseFontTheChartIsRefusedWithAProblem() {
        SeatChartPdf noFont = new SeatChartPdf(SeatingFixture.CHINESE,
                new CjkFontLocator(List.of(new CjkFont(dir.resolve("missing.ttc"), ""))), PrintTestSupport.CLOCK);
        assertThatThrownBy(() -> noFont.write(fixture.chart(Viewpoint.AUDIENCE), dir.resolve("x.pdf")))
                .isInstanceOf(PrintFailedException.class)
                .extracting(e -> ((PrintFailedException) e).problem()).isEqualTo(PrintProblem.FONT_NOT_FOUND);
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void thePresiderTheSpeakersStandAndTheUnitsArePrintedAndThePageRenders() throws Exception {
        String[] units = {"市财政局", "市教育局", "市科技局"};
        List<Attendee> people = fixture.attendees.stream()
                .map(a -> a.rank() <= 7 ? a : a.withOrganisation(units[a.rank() % 3])).toList();
        SeatPlan plan = fixture.plan.withBlocks(List.of(
                fixture.plan.blocks().get(0).withOptions(BlockOptions.NONE
                        .withPresider(PresiderPlacement.FRONT_END_LEFT, people.get(5).id())
                        .withSpeakerStand(SpeakerStand.FRONT_CENTRE)),
                fixture.plan.blocks().get(1).withOptions(BlockOptions.NONE
                        .withUnits(UnitSections.VERTICAL, UnitOrder.PINYIN))));
        SeatAssignments assigned = new SeatingPlanner().autoAssign(plan, fixture.seats, people, SeatAssignments.none());
        Path out = PrintTestSupport.targetDir("presider-and-units");
        Path file = out.resolve("chart.pdf");
        pdf.write(SeatChart.describe(SeatingFixture.CHINESE, fixture.meeting, plan, fixture.seats, assigned, people,
                Viewpoint.AUDIENCE), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("主持 · 位次 6", "发言席", "市财政局", "市教育局", "市科技局");
        }
        BufferedImage page = PrintTestSupport.renderFirstPage(file, out.resolve("chart.png"));
        assertThat(PrintTestSupport.ink(page)).isGreaterThan(0.005);
    }
}
