package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.ExternalTools;
import org.huiwu.i18n.I18n;
import org.huiwu.model.staff.Pledge;
import org.huiwu.model.staff.StaffMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printable pledge sheet: one A4 page in Chinese with the person, post and the pledge's dates, that
 * pdftoppm renders with ink on it; a blank sheet when no pledge is recorded leaves lines to fill in.
 */
class PledgeSheetPdfTest {

    @TempDir
    Path dir;

    private final StaffMember person = new StaffMember(UUID.randomUUID(), "刘芳", null, "中级", "", null, "");

    @Test
    void theSheetNamesThePersonAndThePledgesDatesAndRendersWithInk() throws Exception {
        ExternalTools.requireCjkFont();
        Path pdf = dir.resolve("pledge.pdf");
        Pledge pledge = new Pledge(UUID.randomUUID(), person.id(), LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 9, 30), "", "吕佳");
        PledgeSheetPdf.onDisk(new I18n(Locale.SIMPLIFIED_CHINESE), ExportFixture.CLOCK).write(person, "茶水服务", pledge, pdf);

        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("保密承诺书").contains("刘芳").contains("茶水服务").contains("2027-09-30");
        }
        BufferedImage page = ImageIO.read(ExternalTools.renderPage(pdf, 1, 40, dir.resolve("pledge.png")).toFile());
        assertThat(page.getHeight()).isGreaterThan(page.getWidth());
        assertThat(darkPixels(page)).as("the page has text on it").isGreaterThan(500);
    }

    @Test
    void withoutAPledgeTheDatesAreLinesToFillIn() throws Exception {
        ExternalTools.requireCjkFont();
        Path pdf = dir.resolve("blank.pdf");
        PledgeSheetPdf.onDisk(new I18n(Locale.ENGLISH), ExportFixture.CLOCK).write(person, "Tea service", null, pdf);
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Valid until: ________________");
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
