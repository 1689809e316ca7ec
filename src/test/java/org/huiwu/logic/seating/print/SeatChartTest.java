package org.huiwu.logic.seating.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.logic.seating.print.SeatChart.Seat;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.SpeakerStand;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;
import org.huiwu.model.seating.Viewpoint;
import org.junit.jupiter.api.Test;

/** What the chart shows, and how the podium view turns it round. */
class SeatChartTest {

    private final SeatingFixture fixture = new SeatingFixture();

    @Test
    void theAudienceViewHasTheFrontAtTheTopAndStatesItsViewpointAndConvention() {
        SeatChart chart = fixture.chart(Viewpoint.AUDIENCE);

        assertThat(chart.title()).isEqualTo("市政府第28次常务会议");
        assertThat(chart.subtitle()).contains("2026年11月27日", "市行政中心1号会议室");
        assertThat(chart.viewpointText()).contains("从台下看");
        assertThat(chart.conventionText()).isEqualTo("以左为尊（政务）");
        assertThat(chart.summary()).isEqualTo("共 31 座，已排 22 人");
        assertThat(chart.seats()).hasSize(31);
        assertThat(chart.front().y()).isLessThan(chart.door().y());
        assertThat(chart.blocks()).extracting(SeatChart.Area::caption).containsExactly("主席台", "群众席");
        Seat first = chart.seats().get(0);
        assertThat(first.name()).isEqualTo("王建国");
        assertThat(first.label()).isEqualTo("主席台 第1排 4号");
        assertThat(first.detail()).isEqualTo("位次 1");
        assertThat(chart.seats()).allSatisfy(s -> {
            assertThat(s.x()).isBetween(0.0, chart.width());
            assertThat(s.y()).isBetween(0.0, chart.height());
        });
    }

    @Test
    void thePodiumViewTurnsThePlanHalfACircle() {
        SeatChart audience = fixture.chart(Viewpoint.AUDIENCE);
        SeatChart podium = fixture.chart(Viewpoint.PODIUM);
        Map<String, Seat> turned = podium.seats().stream().collect(Collectors.toMap(Seat::key, Function.identity()));

        assertThat(podium.viewpointText()).contains("从台上看");
        assertThat(podium.front().y()).isGreaterThan(podium.door().y());
        for (Seat seat : audience.seats()) {
            Seat other = turned.get(seat.key());
            assertThat(other.x()).isCloseTo(audience.width() - seat.x(), within(1e-9));
            assertThat(other.y()).isCloseTo(audience.height() - seat.y(), within(1e-9));
        }
        Seat no2 = podium.seats().get(1);
        Seat no1 = podium.seats().get(0);
        assertThat(no2.x()).as("No.2 on No.1's left hand is on the left as the leaders see it").isLessThan(no1.x());
        Seat leftmostFromAudience = audience.seats().subList(0, 7).stream()
                .min(Comparator.comparingDouble(Seat::x)).orElseThrow();
        assertThat(leftmostFromAudience.name()).isEqualTo("孙玉兰");
    }

    @Test
    void thePresiderSeatTheSpeakersStandAndUnitLabelsAreDrawnAndTurnWithTheView() {
        SeatingFixture base = new SeatingFixture();
        UUID presider = base.attendees.get(5).id();
        SeatBlock podium = base.plan.blocks().get(0).withOptions(BlockOptions.NONE
                .withPresider(PresiderPlacement.FRONT_END_LEFT, presider).withSpeakerStand(SpeakerStand.FRONT_RIGHT));
        SeatBlock audience = base.plan.blocks().get(1).withOptions(BlockOptions.NONE
                .withUnits(UnitSections.HORIZONTAL, UnitOrder.PRECEDENCE));
        SeatPlan plan = base.plan.withBlocks(List.of(podium, audience));
        SeatAssignments assigned = new SeatingPlanner().autoAssign(plan, base.seats, base.attendees,
                SeatAssignments.none());

        SeatChart chart = SeatChart.describe(SeatingFixture.CHINESE, base.meeting, plan, base.seats, assigned,
                base.attendees, Viewpoint.AUDIENCE);
        List<Seat> podiumSeats = chart.seats().subList(0, 7);
        Seat leftEnd = podiumSeats.stream().min(Comparator.comparingDouble(Seat::x)).orElseThrow();
        assertThat(leftEnd.name()).isEqualTo("赵明");
        assertThat(leftEnd.detail()).isEqualTo("主持 · 位次 6");
        assertThat(chart.seats()).filteredOn(s -> s.detail().startsWith("主持")).hasSize(1);
        assertThat(chart.stands()).singleElement().satisfies(stand -> {
            assertThat(stand.caption()).isEqualTo("发言席");
            assertThat(stand.x()).as("right of the podium as the audience sees it")
                    .isGreaterThan(podiumSeats.stream().mapToDouble(Seat::x).max().orElseThrow());
            assertThat(stand.x() + stand.width()).isLessThanOrEqualTo(chart.width());
        });
        assertThat(chart.labels()).extracting(SeatChart.Area::caption).containsExactly("市财政局");

        SeatChart turned = SeatChart.describe(SeatingFixture.CHINESE, base.meeting, plan, base.seats, assigned,
                base.attendees, Viewpoint.PODIUM);
        assertThat(turned.stands().get(0).x()).as("the leaders see the stand at their left")
                .isLessThan(turned.seats().subList(0, 7).stream().mapToDouble(Seat::x).min().orElseThrow());
    }
}
