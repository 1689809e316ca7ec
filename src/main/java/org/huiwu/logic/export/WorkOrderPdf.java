package org.huiwu.logic.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.seating.print.PrintFailedException;

/**
 * The work-order sheet (礼仪服务通知单, annex H) of one meeting as a one-page PDF with the CJK font: the
 * meeting, each requirement with its value, and the confirmation with the organiser, as the 服务通知单
 * sheet of the Excel export lists them. Stateless apart from its collaborators; call from a background thread.
 */
public final class WorkOrderPdf {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExportFiles files;
    private final I18n i18n;
    private final CjkFontLocator fonts;
    private final Clock clock;

    public WorkOrderPdf(I18n i18n, Clock clock) {
        this(ExportFiles.onDisk(), i18n, new CjkFontLocator(), clock);
    }

    WorkOrderPdf(ExportFiles files, I18n i18n, CjkFontLocator fonts, Clock clock) {
        this.files = files;
        this.i18n = i18n;
        this.fonts = fonts;
        this.clock = clock;
    }

    /** Writes the sheet of the meeting in the record to the file (a new file). */
    public void write(MeetingRecord record, Path file) {
        LogTable order = new FlowLogs(i18n, clock.getZone()).of(record).get(1);
        try (PDDocument document = new PDDocument();
             ReportPages pages = new ReportPages(document, fonts.locate())) {
            pages.newPage();
            pages.heading(i18n.get("flow.export.workOrder"), 20);
            pages.heading(record.meetingText("title"), 14);
            pages.line(i18n.format("flow.pdf.meeting", record.meetingText("meeting_date"),
                    record.meetingText("organising_organisation")), 11, 0);
            pages.gap(8);
            for (List<Object> row : order.rows()) {
                pages.line(i18n.format("flow.pdf.row", row.get(0), text(row.get(1))), 11, 12);
            }
            pages.finish(i18n.format("flow.pdf.generated", ZonedDateTime.now(clock).format(STAMP)),
                    (page, count) -> i18n.format("export.report.page", page, count), null);
            document.getDocumentInformation().setTitle(record.meetingText("title"));
            document.getDocumentInformation().setCreator("Huiwu");
            files.write(file, document::save);
        } catch (PrintFailedException e) {
            throw new ExportFailedException(ExportProblem.NO_FONT, file, e);
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, file, e);
        }
    }

    private String text(Object value) {
        if (value instanceof java.time.LocalDateTime at) {
            return i18n.dateTime(at);
        }
        return value == null ? "" : value.toString();
    }
}
