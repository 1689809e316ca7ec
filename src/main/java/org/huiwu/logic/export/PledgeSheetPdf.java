package org.huiwu.logic.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.seating.print.PrintFailedException;
import org.huiwu.model.staff.Pledge;
import org.huiwu.model.staff.StaffMember;

/**
 * The printable confidentiality pledge sheet (保密承诺书, annex F) of one person: the undertakings, the
 * person's name and post, and the signing date and validity of the recorded pledge, or blank lines to fill
 * in by hand when none is recorded. The annex's own wording could not be read (domain digest §1.3), so the
 * undertakings are the staff rules of §9. A4 with the embedded Chinese font. Stateless apart from its
 * collaborators; call from a background thread.
 */
public final class PledgeSheetPdf {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final java.util.List<String> UNDERTAKINGS = java.util.List.of("staff.sheet.point1",
            "staff.sheet.point2", "staff.sheet.point3", "staff.sheet.point4", "staff.sheet.point5");

    private final ExportFiles files;
    private final I18n i18n;
    private final CjkFontLocator fonts;
    private final Clock clock;

    public PledgeSheetPdf(ExportFiles files, I18n i18n, CjkFontLocator fonts, Clock clock) {
        this.files = files;
        this.i18n = i18n;
        this.fonts = fonts;
        this.clock = clock;
    }

    /** A sheet that writes to disk with the system's Chinese font. */
    public static PledgeSheetPdf onDisk(I18n i18n, Clock clock) {
        return new PledgeSheetPdf(ExportFiles.onDisk(), i18n, new CjkFontLocator(), clock);
    }

    /**
     * Writes the sheet of {@code person} on {@code post} with {@code pledge} (null for a blank one to sign).
     *
     * @throws ExportFailedException when there is no Chinese font or the file cannot be written
     */
    public void write(StaffMember person, String post, Pledge pledge, Path file) {
        try (PDDocument document = new PDDocument();
             ReportPages pages = new ReportPages(document, fonts.locate())) {
            pages.heading(i18n.get("staff.sheet.title"), 20);
            pages.line(i18n.get("staff.sheet.intro"), 11, 0);
            pages.gap(8);
            for (int i = 0; i < UNDERTAKINGS.size(); i++) {
                pages.line((i + 1) + ". " + i18n.get(UNDERTAKINGS.get(i)), 11, 12);
            }
            pages.gap(24);
            pages.line(i18n.format("staff.sheet.person", person.name(), post), 12, 0);
            pages.gap(8);
            String blank = "________________";
            pages.line(i18n.format("staff.sheet.signedOn", pledge == null ? blank : i18n.date(pledge.signedOn())), 12, 0);
            pages.line(i18n.format("staff.sheet.validUntil", pledge == null ? blank : i18n.date(pledge.validUntil())),
                    12, 0);
            pages.gap(16);
            pages.line(i18n.get("staff.sheet.signature"), 12, 0);
            String now = ZonedDateTime.now(clock).format(STAMP);
            pages.finish(i18n.format("staff.sheet.printed", now), (page, count) -> i18n.format("export.report.page",
                    page, count), null);
            document.getDocumentInformation().setTitle(i18n.get("staff.sheet.title") + " " + person.name());
            document.getDocumentInformation().setCreator("Huiwu");
            files.write(file, document::save);
        } catch (PrintFailedException e) {
            throw new ExportFailedException(ExportProblem.NO_FONT, file, e);
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, file, e);
        }
    }
}
