package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.seating.print.PrintFailedException;
import org.huiwu.model.incidents.IncidentType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the service report of the sample meeting (plus a quick-captured incident and one with only a place)
 * says, in Chinese and in English, read back from the PDF: labels instead of stored codes, the reporter on the
 * first version, an incident's place and no dangling "：" where it has no summary, attendance in rank order, and one footer on every page (the seat chart's page included).
 */
class ServiceReportContentTest {

    private static final Pattern FOOTER_PAGE = Pattern.compile("第\\d+页|Page\\d+of\\d+");

    @TempDir
    Path dir;

    @BeforeEach
    void needsAChineseFont() {
        try {
            new CjkFontLocator().locate();
        } catch (PrintFailedException e) {
            Assumptions.abort("No Chinese font on this machine");
        }
    }

    private record Report(String text, List<String> footers, List<String> namesByRank) {
    }

    private Report report(String language) throws Exception {
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        Path pdf;
        List<String> names = new ArrayList<>();
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            UUID id = context.sampleMeeting().ensure();
            context.incidents().log().report(id, IncidentType.AUDIO_FAILURE, "周敏");
            context.incidents().log().report(context.incidents().log().begin(id, "吕佳")
                    .withType(IncidentType.POWER_OUTAGE).withLocation("主席台东侧", null));
            context.incidents().log().report(context.incidents().log().begin(id, "")
                    .withType(IncidentType.PUBLIC_HEALTH).withLocation("北门", null));
            MeetingExports exports = context.exports(i18n);
            exports.record(id).rows("attendee").stream()
                    .sorted(Comparator.comparingInt(a -> ((Number) a.get("precedence")).intValue()))
                    .forEach(a -> names.add(a.get("name").toString()));
            pdf = exports.export(List.of(id), ExportFormat.PDF, dir.resolve(language), ExportMonitor.none()).get(0);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> footers = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDFTextStripperByArea bottom = new PDFTextStripperByArea();
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                bottom.addRegion("footer", new Rectangle2D.Float(0, height - 60, width, 60));
                bottom.extractRegions(page);
                footers.add(bottom.getTextForRegion("footer").replaceAll("[\\s\u3000]", ""));
            }
            return new Report(new PDFTextStripper().getText(document), footers, names);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theIncidentHistoryNamesItsChangesInTheReportsLanguage(String language) throws Exception {
        String text = report(language).text();
        assertThat(text).doesNotContain("CREATED", "EDITED", "STATUS_CHANGED", "VOIDED");
        assertThat(text).contains(language.equals("en") ? "Status changed" : "状态变更");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theFirstVersionOfAQuickCapturedIncidentNamesWhoReportedIt(String language) throws Exception {
        String text = report(language).text().replaceAll("[ \u3000]+", " ");
        assertThat(text).containsPattern(language.equals("en")
                ? "Version 1 \\S+ \\S+ 周敏 Reported" : "第 1 版 \\S+ \\S+ 周敏 登记");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void anIncidentLineNamesItsPlaceAndEndsNoLabelWithNothingAfterIt(String language) throws Exception {
        String text = report(language).text();
        assertThat(text).contains(language.equals("en") ? "place: 主席台东侧" : "地点：主席台东侧")
                .doesNotContain("Openplace", "待处理地点");
        assertThat(text.lines().filter(line -> line.matches(".*(待处理|Open)\\s*[：:]\\s*"))).as("a status with no summary after it")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aLeftItemNotHandedOverAndAVersionWithoutANamePrintNoEmptyFields(String language) throws Exception {
        String text = report(language).text();
        boolean english = language.equals("en");
        assertThat(text).contains("黑色雨伞");
        assertThat(text.lines().filter(line -> line.contains("黑色雨伞"))).singleElement().satisfies(line ->
                assertThat(line).doesNotContain(english ? "handed to" : "移交", english ? "returned to" : "归还"));
        String unnamed = english ? "Version 1\\s+\\S+\\s+\\d{2}:\\d{2}(\\s+)Reported"
                : "第 1 版[\\s\u3000]+\\S+[\\s\u3000]+\\d{2}:\\d{2}([\\s\u3000]+)登记";
        List<String> gaps = new ArrayList<>();
        Matcher version = Pattern.compile(unnamed).matcher(text);
        while (version.find()) {
            gaps.add(version.group(1));
        }
        assertThat(gaps).as("the unnamed version's line").isNotEmpty();
        String single = text.lines().filter(line -> line.contains("周敏")).findFirst().orElseThrow()
                .replaceAll(".*\\d{2}:\\d{2}([\\s\u3000]+)周敏.*", "$1");
        assertThat(gaps).as("no wider gap where the author would stand").allMatch(gap -> gap.equals(single));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void attendanceIsListedInRankOrder(String language) throws Exception {
        Report report = report(language);
        String text = report.text();
        int afterSummary = text.indexOf(language.equals("en") ? "Needs follow-up" : "待跟进事项");
        int from = text.indexOf(language.equals("en") ? "Attendance" : "出席情况", afterSummary);
        String attendance = text.substring(from, text.indexOf(language.equals("en") ? "Seats" : "座次", from));
        List<Integer> positions = report.namesByRank().stream().map(attendance::indexOf).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyPageHasExactlyOneFooter(String language) throws Exception {
        Report report = report(language);
        int pages = report.footers().size();
        assertThat(pages).isGreaterThan(3);
        for (int i = 0; i < pages; i++) {
            String footer = report.footers().get(i);
            Matcher numbers = FOOTER_PAGE.matcher(footer);
            int count = 0;
            while (numbers.find()) {
                count++;
            }
            assertThat(count).as("page numbers in the footer of page %d: %s", i + 1, footer).isEqualTo(1);
            String expected = language.equals("en") ? "Page" + (i + 1) + "of" + pages : "第" + (i + 1) + "页/共" + pages + "页";
            assertThat(footer).as("footer of page %d", i + 1).contains(expected)
                    .doesNotContain("打印时间", "Printed");
        }
    }
}
