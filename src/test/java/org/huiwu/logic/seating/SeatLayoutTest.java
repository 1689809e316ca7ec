package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.TableOrientation;
import org.junit.jupiter.api.Test;

/** Seat plans laid out from blocks: positions, honour across blocks, and refusal of absurd sizes. */
class SeatLayoutTest {

    private final SeatLayout layout = new SeatLayout();
    private final UUID meeting = UUID.randomUUID();

    private SeatPlan plan(SeatBlock... blocks) {
        return SeatPlan.empty(UUID.randomUUID(), meeting).withBlocks(List.of(blocks));
    }

    @Test
    void podiumOfSevenReadsSevenFiveThreeOneTwoFourSixFromTheAudience() {
        List<PlannedSeat> seats = layout.seats(plan(SeatBlock.podium(UUID.randomUUID(), "", List.of(7))));
        List<Integer> honourLeftToRight = seats.stream().sorted(Comparator.comparingDouble(PlannedSeat::x))
                .map(s -> s.honour() + 1).toList();
        assertThat(honourLeftToRight).containsExactly(7, 5, 3, 1, 2, 4, 6);
    }

    @Test
    void foreignConventionMirrorsThePodium() {
        SeatPlan plan = plan(SeatBlock.podium(UUID.randomUUID(), "", List.of(7)));
        plan = plan.withRules(Convention.FOREIGN_AFFAIRS, plan.variants(), plan.rowNumbering(), plan.audienceFill());
        List<Integer> honourLeftToRight = layout.seats(plan).stream()
                .sorted(Comparator.comparingDouble(PlannedSeat::x)).map(s -> s.honour() + 1).toList();
        assertThat(honourLeftToRight).containsExactly(6, 4, 2, 1, 3, 5, 7);
    }

    @Test
    void podiumSeatsOutrankTheAudienceAndSitInFrontOfIt() {
        UUID podium = UUID.randomUUID();
        List<PlannedSeat> seats = layout.seats(plan(SeatBlock.podium(podium, "", List.of(5)),
                SeatBlock.audience(UUID.randomUUID(), "", List.of(10, 10), 5)));
        assertThat(seats).hasSize(25);
        assertThat(seats.subList(0, 5)).allMatch(s -> s.blockId().equals(podium));
        double podiumBack = seats.subList(0, 5).stream().mapToDouble(PlannedSeat::y).max().orElseThrow();
        assertThat(seats.subList(5, 25)).allMatch(s -> s.y() > podiumBack);
        assertThat(seats).extracting(PlannedSeat::honour).containsExactlyElementsOf(IntStream.range(0, 25).boxed().toList());
    }

    @Test
    void audienceAislesLeaveAGapAfterEveryGroup() {
        List<PlannedSeat> row = layout.seats(plan(SeatBlock.audience(UUID.randomUUID(), "", List.of(8), 4))).stream()
                .sorted(Comparator.comparingDouble(PlannedSeat::x)).toList();
        assertThat(row.get(4).x() - row.get(3).x()).isEqualTo(2.0);
        assertThat(row.get(1).x() - row.get(0).x()).isEqualTo(1.0);
    }

    @Test
    void talksPutTheGuestFirstAtEachRankAndReserveSidesForParties() {
        List<PlannedSeat> seats = layout.seats(plan(SeatBlock.talks(UUID.randomUUID(), "", 5, 5,
                TableOrientation.ACROSS_DOOR)));
        assertThat(seats).hasSize(10);
        assertThat(seats.get(0).party()).isEqualTo(Side.GUEST);
        assertThat(seats.get(1).party()).isEqualTo(Side.HOST);
        assertThat(seats.stream().filter(s -> s.party() == Side.GUEST).map(PlannedSeat::y).distinct()).hasSize(1);
    }

    @Test
    void everyTemplateLaysOutItsSeats() {
        SeatPlan plan = plan(SeatBlock.reception(UUID.randomUUID(), "", 3, 3), SeatBlock.signing(UUID.randomUUID(), ""),
                SeatBlock.roundTables(UUID.randomUUID(), "", 5, 10),
                SeatBlock.table(UUID.randomUUID(), BlockKind.U_SHAPE, "", 5, 4),
                SeatBlock.table(UUID.randomUUID(), BlockKind.HOLLOW_SQUARE, "", 6, 3));
        List<PlannedSeat> seats = layout.seats(plan);
        assertThat(seats).hasSize(6 + 2 + 50 + 13 + 18);
        assertThat(seats).extracting(PlannedSeat::key).doesNotHaveDuplicates();
    }

    @Test
    void refusesZeroSeatsAbsurdSizesAndPlansOverThreeThousand() {
        assertThatThrownBy(() -> layout.seats(plan(SeatBlock.podium(UUID.randomUUID(), "主席台", List.of(0)))))
                .isInstanceOfSatisfying(SeatPlanRejectedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SeatPlanProblem.BLOCK_SIZE_OUT_OF_RANGE);
                    assertThat(e.arguments()).startsWith("主席台");
                });
        assertThatThrownBy(() -> layout.seats(plan(SeatBlock.audience(UUID.randomUUID(), "", List.of(), 0))))
                .isInstanceOfSatisfying(SeatPlanRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(SeatPlanProblem.BLOCK_EMPTY));
        List<Integer> hugeRows = IntStream.range(0, 200).mapToObj(i -> 200).toList();
        assertThatThrownBy(() -> layout.seats(plan(SeatBlock.audience(UUID.randomUUID(), "", hugeRows, 0))))
                .isInstanceOfSatisfying(SeatPlanRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(SeatPlanProblem.PLAN_TOO_LARGE));
        assertThatThrownBy(() -> layout.seats(plan(SeatBlock.roundTables(UUID.randomUUID(), "", -1, 10))))
                .isInstanceOf(SeatPlanRejectedException.class);
    }

    @Test
    void threeThousandSeatsLayOut() {
        List<Integer> rows = IntStream.range(0, 30).mapToObj(i -> 100).toList();
        assertThat(layout.seats(plan(SeatBlock.audience(UUID.randomUUID(), "", rows, 20)))).hasSize(3000);
    }
}
