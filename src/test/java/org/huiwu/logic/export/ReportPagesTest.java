package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.logic.seating.print.CjkFont;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.seating.print.PrintFailedException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Where the report wraps a line that does not fit: between words, not inside one; and where a heading goes
 * when the page is nearly full: to the next page with its text (the walk found "遗留物品" alone at the foot of
 * a page, its items on the next).
 */
class ReportPagesTest {

    @Test
    void aLineWrapsAfterTheLastSpaceRatherThanInsideAWord() {
        String text = "Guests led to their seats; chairs pulled out";
        int cut = text.indexOf("chairs") + 5;
        assertThat(LineBreaks.wordEnd(text, 0, cut)).isEqualTo(text.indexOf("chairs"));
    }

    @Test
    void timesStayWholeAndChineseTextWrapsAnywhere() {
        String time = "吕佳 2026-12-07 00:57";
        assertThat(LineBreaks.wordEnd(time, 0, time.length() - 2)).isEqualTo(time.indexOf("00:57"));
        String chinese = "会场清洁：桌面、抽屉、座椅";
        assertThat(LineBreaks.wordEnd(chinese, 0, 6)).isEqualTo(6);
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        String text = "Supercalifragilistic";
        assertThat(LineBreaks.wordEnd(text, 0, 8)).isEqualTo(8);
    }

    @Test
    void aHeadingWithNoRoomForItsTextBelowStartsTheNextPage() throws Exception {
        CjkFont font;
        try {
            font = new CjkFontLocator().locate();
        } catch (PrintFailedException e) {
            Assumptions.abort("No Chinese font on this machine");
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(); ReportPages pages = new ReportPages(document, font)) {
            pages.newPage();
            while (pages.y() - 14 >= 108) {
                pages.line("会前准备", 10, 0);
            }
            assertThat(pages.y()).as("room for the heading alone").isGreaterThan(90);
            pages.heading("遗留物品", 16);
            pages.line("黑色雨伞　2排3号", 10, 12);
            pages.finish("", (page, count) -> page + "/" + count, null);
            document.save(pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(document)).contains("遗留物品", "黑色雨伞");
        }
    }
}
