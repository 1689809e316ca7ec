package org.huiwu.logic.seating.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.seating.SeatAssignments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tent name cards: two panels per card, the back one upside down, only changed cards on request. */
class NameCardsPdfTest {

    @TempDir
    Path dir;

    private final SeatingFixture fixture = new SeatingFixture();
    private final NameCardsPdf pdf = new NameCardsPdf(SeatingFixture.CHINESE, new CjkFontLocator(), PrintTestSupport.CLOCK);

    @Test
    void everyCardShowsTheNameOnBothPanelsOneCardPerSheet() throws IOException {
        List<NameCard> cards = NameCards.all(fixture.seats, fixture.assignments, fixture.attendees);
        Path file = dir.resolve("cards.pdf");
        pdf.write(cards, NameCardLayout.standard(1), file);

        assertThat(cards).hasSize(SeatingFixture.NAMES.length);
        assertThat(cards.get(0).name()).isEqualTo("王建国");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(cards.size());
            for (int page = 1; page <= cards.size(); page++) {
                String text = textOfPage(document, page);
                String name = NameCardsPdf.spaced(cards.get(page - 1).name());
                assertThat(occurrences(text, name)).as("page %d: %s", page, text).isEqualTo(2);
                assertThat(occurrences(text, cards.get(page - 1).detail())).isEqualTo(2);
            }
        }
    }

    @Test
    void twoCardsPerSheetHalveThePages() throws IOException {
        List<NameCard> cards = NameCards.all(fixture.seats, fixture.assignments, fixture.attendees);
        Path file = dir.resolve("cards2.pdf");
        pdf.write(cards, NameCardLayout.standard(2), file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo((cards.size() + 1) / 2);
            String first = textOfPage(document, 1);
            assertThat(occurrences(first, "王建国")).isEqualTo(2);
            assertThat(occurrences(first, "李文华")).isEqualTo(2);
        }
    }

    @Test
    void theBackPanelIsPrintedUpsideDown() throws IOException {
        Path file = dir.resolve("one.pdf");
        pdf.write(List.of(new NameCard("k", "王建国", "")), NameCardLayout.standard(1), file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            DirectionStripper stripper = new DirectionStripper();
            stripper.getText(document);
            assertThat(stripper.directions).containsKeys(0f, 180f);
            assertThat(stripper.directions.get(0f)).isEqualTo(3);
            assertThat(stripper.directions.get(180f)).isEqualTo(3);
        }
    }

    @Test
    void changedOnlyPrintsTheCardsOfSeatsWhoseOccupantChanged() {
        Map<String, UUID> printed = new HashMap<>(fixture.assignments.occupantBySeat());
        String first = fixture.seats.get(1).key();
        String second = fixture.seats.get(2).key();
        SeatAssignments swapped = new SeatingPlanner().swapSeats(fixture.assignments, first, second);

        List<NameCard> changed = NameCards.changedSincePrint(fixture.seats, swapped, fixture.attendees, printed);

        assertThat(changed).extracting(NameCard::seatKey).containsExactly(first, second);
        assertThat(changed).extracting(NameCard::name).containsExactly("张志强", "李文华");
        assertThat(NameCards.changedSincePrint(fixture.seats, fixture.assignments, fixture.attendees, printed)).isEmpty();
    }

    @Test
    void longAndOddNamesFitWithoutFailing() throws IOException {
        String twenty = "欧阳".repeat(10);
        String huge = "王".repeat(5_000);
        List<NameCard> cards = List.of(new NameCard("a", twenty, "中华人民共和国国务院办公厅秘书局".repeat(4)),
                new NameCard("b", huge, huge), new NameCard("c", "Ann\tO\u2019Brien \uD83D\uDE00 \uD842\uDFB7", ""),
                new NameCard("d", "", ""));
        Path file = dir.resolve("long.pdf");
        pdf.write(cards, NameCardLayout.standard(2), file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(textOfPage(document, 1)).contains(twenty);
        }
        TextFit.Fitted fitted = TextFit.fit(new FixedWidthCanvas(), huge, 100, 50, 10);
        assertThat(fitted.size()).isEqualTo(10);
        assertThat(fitted.text()).endsWith("\u2026").hasSizeLessThan(12);
    }

    @Test
    void cardsThatDoNotFitTheSheetAreRefused() {
        assertThatThrownBy(() -> new NameCardLayout(2, 210, 100, true)).isInstanceOf(PrintFailedException.class)
                .extracting(e -> ((PrintFailedException) e).problem()).isEqualTo(PrintProblem.CARD_TOO_LARGE);
        assertThatThrownBy(() -> pdf.write(List.of(), NameCardLayout.standard(1), dir.resolve("none.pdf")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("none.pdf")).doesNotExist();
    }

    @Test
    void aTwoCharacterNameIsSpacedOut() {
        assertThat(NameCardsPdf.spaced("赵明")).isEqualTo("赵\u3000明");
        assertThat(NameCardsPdf.spaced("王建国")).isEqualTo("王建国");
        assertThat(NameCardsPdf.spaced("Al")).isEqualTo("Al");
    }

    private static String textOfPage(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0 && !part.isEmpty(); i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    /** Counts the glyphs drawn in each text direction. */
    private static final class DirectionStripper extends PDFTextStripper {
        final Map<Float, Integer> directions = new HashMap<>();

        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
            directions.merge(text.getDir(), 1, Integer::sum);
            super.processTextPosition(text);
        }
    }
}
