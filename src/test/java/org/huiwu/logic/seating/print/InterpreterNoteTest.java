package org.huiwu.logic.seating.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.TableOrientation;
import org.junit.jupiter.api.Test;

/** The chart names the interpreters' placement beside the convention; interpreter seats have their labels. */
class InterpreterNoteTest {

    private static SeatPlan plan(Convention convention, SeatBlock... blocks) {
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), UUID.randomUUID()).withBlocks(List.of(blocks));
        return plan.withRules(convention, plan.variants(), plan.rowNumbering(), plan.audienceFill());
    }

    private static SeatBlock talks(InterpreterPlacement placement) {
        return SeatBlock.talks(UUID.randomUUID(), "", 3, 3, TableOrientation.ACROSS_DOOR)
                .withOptions(BlockOptions.NONE.withInterpreters(placement));
    }

    @Test
    void theConventionLineNamesEachPlacementUsed() {
        SeatPlan foreign = plan(Convention.FOREIGN_AFFAIRS, talks(InterpreterPlacement.STANDARD),
                SeatBlock.reception(UUID.randomUUID(), "", 2, 2));
        assertThat(InterpreterNote.withConvention("以右为尊（外事）", foreign, SeatingFixture.CHINESE))
                .isEqualTo("以右为尊（外事）；会谈译员坐主谈人旁；会见译员坐主宾后");
        assertThat(InterpreterNote.text(plan(Convention.FOREIGN_AFFAIRS, talks(InterpreterPlacement.BEHIND)),
                SeatingFixture.ENGLISH)).isEqualTo("talks interpreters behind the chiefs");
    }

    @Test
    void withoutInterpreterSeatsTheLineIsTheConventionAlone() {
        assertThat(InterpreterNote.withConvention("以左为尊（政务）", plan(Convention.GOVERNMENT,
                talks(InterpreterPlacement.STANDARD)), SeatingFixture.CHINESE)).isEqualTo("以左为尊（政务）");
        assertThat(InterpreterNote.text(plan(Convention.FOREIGN_AFFAIRS, talks(InterpreterPlacement.NONE),
                SeatBlock.podium(UUID.randomUUID(), "", List.of(5))), SeatingFixture.CHINESE)).isEmpty();
    }

    @Test
    void interpreterSeatsAreLabelledAsSuch() {
        PlannedSeat seat = new PlannedSeat("k", UUID.randomUUID(), BlockKind.TALKS, 0, 2, 0, 0, 7, Side.HOST, true);
        assertThat(new SeatLabels(SeatingFixture.CHINESE).label(seat)).isEqualTo("会谈桌 主方译员");
        assertThat(new SeatLabels(SeatingFixture.CHINESE).shortLabel(seat)).isEqualTo("主译");
        assertThat(new SeatLabels(SeatingFixture.ENGLISH).shortLabel(seat)).isEqualTo("H-int");
    }
}
