package org.huiwu.ui.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.ExternalTools;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.export.LogTable;
import org.huiwu.logic.export.MeetingRecord;
import org.huiwu.logic.export.ReportFigures;
import org.huiwu.logic.export.ServiceLogs;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One 应到 for the sample meeting: the seating screen's counts, the report's key figure and the spreadsheet's
 * summary sheet all leave the service staff (会务组 吕佳) out and say 18, on real H2.
 */
class AttendanceAgreementTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dataDir;

    private ViewModelFixture fixture;
    private SeatingViewModel model;

    @BeforeEach
    void openSample() {
        fixture = new ViewModelFixture(dataDir);
        model = SampleSeating.open(fixture).model();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theSeatingScreenTheReportAndTheSummarySheetAgreeOnTheExpectedCount() {
        assertThat(model.countsProperty().get()).startsWith("Expected 18 ·");
        MeetingRecord record = fixture.context.exports(ZH).record(SampleMeeting.ID);
        ReportFigures figures = ReportFigures.of(record, ZH);
        assertThat(figures.expected()).isEqualTo(18);
        assertThat(figures.present()).isLessThanOrEqualTo(figures.expected());
        LogTable summary = new ServiceLogs(ZH, ZoneId.of("Asia/Shanghai")).workbook(record).get(0);
        List<Object> attendance = summary.rows().stream()
                .filter(r -> ZH.get("export.summary.attendance").equals(r.get(0))).findFirst().orElseThrow();
        assertThat(attendance.get(1).toString()).startsWith("应到 18 人，");
    }

    @Test
    void thePdfReportSaysTheSameOnItsFirstPageAndItsAttendancePage() throws Exception {
        ExternalTools.requireCjkFont();
        Path pdf = fixture.context.exports(ZH).export(List.of(SampleMeeting.ID), ExportFormat.PDF,
                dataDir.resolve("out"), ExportMonitor.none()).get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u3000]", "");
            assertThat(text).contains("应到18人，", "应到18人：").doesNotContain("应到19");
        }
    }
}
