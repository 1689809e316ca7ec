package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code name-cards}: all cards, then only the changed ones, remembering what was printed. Not thread-safe. */
class NameCardsCommandTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void sample() {
        assertThat(run("sample", "--data-dir", data())).isZero();
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private int cards(String file, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("name-cards", "--data-dir", data(), "--meeting",
                SampleMeeting.ID.toString(), "--out", dir.resolve(file).toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void printsAllCardsThenOnlyTheChangedOnes() throws Exception {
        assertThat(cards("all.pdf", "--per-sheet", "2")).as(err.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(dir.resolve("all.pdf").toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(9);
        }

        assertThat(cards("none.pdf", "--changed-only")).isZero();
        assertThat(dir.resolve("none.pdf")).doesNotExist();
        assertThat(out.toString()).isNotBlank();

        try (AppContext context = AppContext.open(dir.resolve("data"), Clock.systemDefaultZone())) {
            SeatPlan plan = context.seatPlans().planOf(SampleMeeting.ID);
            List<PlannedSeat> seats = context.seatPlans().seats(plan);
            SeatAssignments current = context.seatPlans().assignments(plan.id());
            context.seatPlans().saveAssignments(plan.id(),
                    context.seatingPlanner().swapSeats(current, seats.get(1).key(), seats.get(2).key()));
        }
        assertThat(cards("changed.pdf", "--changed-only")).as(err.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(dir.resolve("changed.pdf").toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("张志强", "李文华").doesNotContain("王建国");
        }
        assertThat(cards("again.pdf", "--changed-only")).isZero();
        assertThat(dir.resolve("again.pdf")).doesNotExist();
    }

    @Test
    void badUsageEndsWithExitCodeTwo() {
        assertThat(cards("cards.pdf", "--per-sheet", "3")).isEqualTo(2);
        assertThat(cards("cards.png")).isEqualTo(2);
        assertThat(dir.resolve("cards.pdf")).doesNotExist();
    }

    @Test
    void cardSizeIsAnOptionAndASizeThatDoesNotFitIsBadUsage() throws Exception {
        assertThat(cards("small.pdf", "--per-sheet", "2", "--card-width", "120", "--card-height", "70", "--no-detail"))
                .as(err.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(dir.resolve("small.pdf").toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(9);
            assertThat(new PDFTextStripper().getText(document)).contains("王建国").doesNotContain("市长");
        }
        assertThat(cards("wide.pdf", "--per-sheet", "2", "--card-width", "150")).isEqualTo(2);
        assertThat(err.toString()).contains("40", "144", "101");
        assertThat(dir.resolve("wide.pdf")).doesNotExist();
    }
}
