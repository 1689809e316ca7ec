package org.huiwu.ui.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.Viewpoint;
import org.huiwu.ui.common.ViewModelFixture;
import org.huiwu.ui.control.seatmap.SeatState;
import org.huiwu.ui.control.seatmap.SeatTile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seating screen's state and commands on the sample meeting, without the FX toolkit, on real H2. */
class SeatingViewModelTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fixture;
    private SeatingViewModel model;
    private SeatingCommands commands;

    @BeforeEach
    void openSample() {
        fixture = new ViewModelFixture(dataDir);
        SampleSeating seating = SampleSeating.open(fixture);
        model = seating.model();
        commands = seating.commands();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<PlannedSeat> podium() {
        return model.seats().stream().filter(s -> s.blockKind() == BlockKind.PODIUM).toList();
    }

    private List<String> podiumNamesByHonour() {
        return podium().stream().map(seat -> model.assignments().occupantOf(seat.key())
                .map(id -> model.person(id).name()).orElse("-")).toList();
    }

    private SeatTile tile(String seatKey) {
        return model.tiles().stream().filter(t -> t.id().equals(seatKey)).findFirst().orElseThrow();
    }

    @Test
    void loadsTheSampleWithASeatedPodiumOfSevenAndTheStaffUnseated() {
        assertThat(model.tiles()).hasSize(7 + 24);
        assertThat(podiumNamesByHonour()).containsExactly("王建国", "李文华", "张志强", "陈丽萍", "刘海涛", "赵明", "孙玉兰");
        assertThat(model.unseated()).extracting(Attendee::name).containsExactly("吕佳");
        assertThat(model.viewpointCaptionProperty().get()).contains("Audience view").contains("Left senior");
        assertThat(model.countsProperty().get()).isEqualTo("Expected 18 · arrived 0 · late 0 · absent 0");
    }

    @Test
    void clearingAndAutoAssigningIsUndoableAndStored() {
        UUID podiumBlock = podium().get(0).blockId();
        commands.clearBlock(podiumBlock);
        assertThat(podiumNamesByHonour()).containsOnly("-");
        commands.autoAssign();
        assertThat(podiumNamesByHonour()).startsWith("王建国", "李文华");
        commands.undo();
        assertThat(podiumNamesByHonour()).containsOnly("-");
        commands.redo();
        SeatPlan plan = model.planProperty().get();
        assertThat(fixture.context.seatPlans().assignments(plan.id())).isEqualTo(model.assignments());
    }

    @Test
    void swappingTwoSeatsThenUndoRestoresThem() {
        List<PlannedSeat> seats = podium();
        commands.swapSeats(seats.get(0).key(), seats.get(1).key());
        assertThat(podiumNamesByHonour()).startsWith("李文华", "王建国");
        assertThat(tile(seats.get(0).key()).occupant()).isEqualTo("李文华");
        commands.undo();
        assertThat(podiumNamesByHonour()).startsWith("王建国", "李文华");
        assertThat(model.canRedoProperty().get()).isTrue();
    }

    @Test
    void markingAbsentAndChoosingReflowMovesLaterRanksUp() {
        fixture.dialogs.answerChoice(0);
        commands.checkIn(podium().get(2).key(), CheckInStatus.ABSENT);
        assertThat(podiumNamesByHonour()).containsExactly("王建国", "李文华", "陈丽萍", "刘海涛", "赵明", "孙玉兰", "-");
        assertThat(model.countsProperty().get()).endsWith("absent 1");
        assertThat(model.unseated()).extracting(Attendee::name).contains("张志强");
    }

    @Test
    void reflowAfterNumberOneIsAbsentKeepsThePresiderAtTheRightEnd() {
        UUID podiumBlock = podium().get(0).blockId();
        SeatBlock block = model.planProperty().get().blocks().stream().filter(b -> b.id().equals(podiumBlock))
                .findFirst().orElseThrow();
        UUID presider = model.attendees().stream().filter(a -> a.name().equals("李文华")).findFirst().orElseThrow().id();
        commands.planEdits().saveBlock(block.withOptions(block.options()
                .withPresider(PresiderPlacement.FRONT_END_RIGHT, presider)));
        commands.autoAssign();
        String rightEnd = podium().stream().max(Comparator.comparingDouble(PlannedSeat::x)).orElseThrow().key();
        assertThat(model.assignments().occupantOf(rightEnd)).contains(presider);
        fixture.dialogs.answerChoice(0);
        commands.checkIn(podium().get(0).key(), CheckInStatus.ABSENT);
        assertThat(model.assignments().occupantOf(rightEnd)).contains(presider);
        assertThat(tile(rightEnd).badge()).isNotEmpty();
        assertThat(podiumNamesByHonour()).containsExactly("张志强", "陈丽萍", "刘海涛", "赵明", "孙玉兰", "李文华", "-");
    }

    @Test
    void arrivalShowsOnTheSeat() {
        String first = podium().get(0).key();
        commands.checkIn(first, CheckInStatus.ARRIVED);
        assertThat(tile(first).states()).contains(SeatState.CHECKED_IN, SeatState.OCCUPIED);
        assertThat(fixture.context.roster().list(SampleMeeting.ID).get(0).checkIn()).isEqualTo(CheckInStatus.ARRIVED);
    }

    @Test
    void findsAPersonByPinyinInitials() {
        model.searchProperty().set("wjg");
        assertThat(model.firstHit()).isEqualTo(podium().get(0).key());
        assertThat(tile(podium().get(0).key()).states()).contains(SeatState.HIGHLIGHTED);
        model.searchProperty().set("");
        assertThat(model.tiles()).noneMatch(t -> t.states().contains(SeatState.HIGHLIGHTED));
    }

    @Test
    void flippingTheViewTurnsThePlanAndIsStored() {
        double leftmostBefore = model.tiles().stream().min(Comparator.comparingDouble(SeatTile::x)).orElseThrow().x();
        String topBefore = model.tiles().stream().min(Comparator.comparingDouble(SeatTile::y)).orElseThrow().id();
        commands.planEdits().flipView();
        assertThat(model.planProperty().get().viewpoint()).isEqualTo(Viewpoint.PODIUM);
        assertThat(model.viewpointCaptionProperty().get()).contains("Podium view");
        String bottomAfter = model.tiles().stream().max(Comparator.comparingDouble(SeatTile::y)).orElseThrow().id();
        assertThat(bottomAfter).isEqualTo(topBefore);
        assertThat(leftmostBefore).isNotNaN();
        assertThat(fixture.context.seatPlans().find(SampleMeeting.ID).orElseThrow().viewpoint()).isEqualTo(Viewpoint.PODIUM);
    }

    @Test
    void anAbsurdBlockIsExplainedAndNothingChanges() {
        SeatPlan before = model.planProperty().get();
        commands.planEdits().saveBlock(new SeatBlock(UUID.randomUUID(), BlockKind.AUDIENCE, "", List.of(100_000), 0, 0, 0, 0, 0, null));
        assertThat(model.problemProperty().get()).contains("between 1 and");
        assertThat(fixture.context.seatPlans().find(SampleMeeting.ID).orElseThrow().blocks()).isEqualTo(before.blocks());
    }

    private SeatingExports exports() {
        return new SeatingExports(model, fixture.context.seatPlans(), fixture.runner, fixture.dialogs, fixture.failures,
                fixture.i18n, ViewModelFixture.CLOCK, fixture.context.preferences());
    }

    @Test
    void exportsTheChartAsPdfWithTheNamesAndTheViewpoint() throws Exception {
        Path pdf = dataDir.resolve("chart.pdf");
        fixture.dialogs.saveTo(pdf);
        exports().chartPdf();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("王建国", "孙玉兰").contains("View: from the audience");
        }
    }

    @Test
    void nameCardsOfChangedSeatsOnlyAndThenNothingIsChanged() throws Exception {
        SeatingExports exports = exports();
        fixture.dialogs.saveTo(dataDir.resolve("all.pdf"));
        exports.nameCards(false);
        assertThat(model.changesProperty().get()).startsWith("0 ");
        commands.swapSeats(podium().get(0).key(), podium().get(1).key());
        assertThat(model.changesProperty().get()).startsWith("2 ");
        fixture.dialogs.saveTo(dataDir.resolve("changed.pdf"));
        exports.nameCards(true);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(
                dataDir.resolve("changed.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("王建国", "李文华").doesNotContain("张志强");
        }
        assertThat(model.changesProperty().get()).startsWith("0 ");
    }

    @Test
    void variantOneMovesNumberOneOfAnEvenPodiumAndIsStored() {
        UUID podiumBlock = podium().get(0).blockId();
        SeatPlan plan = model.planProperty().get();
        commands.planEdits().saveBlock(plan.blocks().stream().filter(b -> b.id().equals(podiumBlock)).findFirst().orElseThrow()
                .withName(""));
        String firstBefore = podium().stream().min(Comparator.comparingDouble(PlannedSeat::x)).orElseThrow().key();
        commands.planEdits().setVariant(org.huiwu.model.seating.SeatingVariant.EVEN_ROW_NUMBER_ONE_ON_LEADERS_LEFT, true);
        assertThat(fixture.context.seatPlans().find(SampleMeeting.ID).orElseThrow().variants())
                .contains(org.huiwu.model.seating.SeatingVariant.EVEN_ROW_NUMBER_ONE_ON_LEADERS_LEFT);
        assertThat(podium().stream().min(Comparator.comparingDouble(PlannedSeat::x)).orElseThrow().key())
                .isEqualTo(firstBefore);
        commands.planEdits().setNumbering(org.huiwu.model.seating.RowNumbering.RESTART_EACH_ROW,
                org.huiwu.model.seating.AudienceFill.COLUMNS_LEFT_TO_RIGHT);
        SeatPlan stored = fixture.context.seatPlans().find(SampleMeeting.ID).orElseThrow();
        assertThat(stored.rowNumbering()).isEqualTo(org.huiwu.model.seating.RowNumbering.RESTART_EACH_ROW);
        assertThat(stored.audienceFill()).isEqualTo(org.huiwu.model.seating.AudienceFill.COLUMNS_LEFT_TO_RIGHT);
    }

    @Test
    void blockEditorRefusesRowsThatAreNotNumbers() {
        BlockEditorViewModel editor = new BlockEditorViewModel(BlockKind.PODIUM, fixture.i18n);
        editor.rowsProperty().set("5, seven");
        assertThat(editor.build()).isNull();
        assertThat(editor.problemProperty().get()).isNotEmpty();
        editor.rowsProperty().set("5，7");
        assertThat(editor.build().rows()).containsExactly(5, 7);
    }
}
