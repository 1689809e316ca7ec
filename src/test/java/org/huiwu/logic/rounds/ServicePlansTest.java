package org.huiwu.logic.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.huiwu.AppContext;
import org.huiwu.model.rounds.Consumables;
import org.huiwu.model.rounds.FirstPour;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Plan checks with typed problems, and plan and consumables saved through a real database. */
class ServicePlansTest {

    private static final RoundsFixture ROOM = new RoundsFixture();
    private static final String SEAT = ROOM.podium(0);

    @TempDir
    Path dataDir;

    private AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, new MutableClock(RoundsFixture.T0, ZoneId.of("Asia/Shanghai")));
        StoredRoom.store(context, ROOM);
    }

    @AfterEach
    void close() {
        context.close();
    }

    static Stream<Arguments> refusedPlans() {
        UUID zone = UUID.randomUUID();
        return Stream.of(
                Arguments.of((UnaryOperator<ServicePlan>) p -> p.withIntervals(4, Map.of()),
                        ServiceProblem.INTERVAL_OUT_OF_RANGE),
                Arguments.of((UnaryOperator<ServicePlan>) p -> p.withIntervals(61, Map.of()),
                        ServiceProblem.INTERVAL_OUT_OF_RANGE),
                Arguments.of((UnaryOperator<ServicePlan>) p -> p.withIntervals(20, Map.of(RoundsFixture.PODIUM, 90)),
                        ServiceProblem.BLOCK_INTERVAL_OUT_OF_RANGE),
                Arguments.of((UnaryOperator<ServicePlan>) p -> p.withIntervals(20, Map.of(UUID.randomUUID(), 15)),
                        ServiceProblem.UNKNOWN_BLOCK),
                Arguments.of((UnaryOperator<ServicePlan>) p -> new ServicePlan(p.meetingId(), p.firstPour(), 5,
                        Map.of(), p.scope(), 5, List.of()), ServiceProblem.DUE_SOON_OUT_OF_RANGE),
                Arguments.of((UnaryOperator<ServicePlan>) p -> p.withZones(List.of(new ServiceZone(zone, " ",
                        Set.of(SEAT)))), ServiceProblem.ZONE_WITHOUT_ATTENDANT),
                Arguments.of((UnaryOperator<ServicePlan>) p -> p.withZones(List.of(new ServiceZone(zone, "王芳",
                        Set.of("no/such/seat")))), ServiceProblem.ZONE_UNKNOWN_SEAT),
                Arguments.of((UnaryOperator<ServicePlan>) p -> p.withZones(List.of(
                        new ServiceZone(zone, "王芳", Set.of(SEAT)),
                        new ServiceZone(UUID.randomUUID(), "李娜", Set.of(SEAT)))), ServiceProblem.SEAT_IN_TWO_ZONES));
    }

    @ParameterizedTest
    @MethodSource("refusedPlans")
    void aPlanWithAProblemIsRefusedAndNothingIsSaved(UnaryOperator<ServicePlan> change, ServiceProblem problem) {
        ServicePlan plan = change.apply(ServicePlan.defaults(RoundsFixture.MEETING));

        assertThatThrownBy(() -> context.servicePlans().save(plan, ROOM.seats))
                .isInstanceOfSatisfying(ServiceRejectedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.problem().messageKey()).startsWith("rounds.problem.");
                });
        assertThat(context.servicePlans().planOf(RoundsFixture.MEETING))
                .isEqualTo(ServicePlan.defaults(RoundsFixture.MEETING));
    }

    @Test
    void aValidPlanIsSavedWithItsBlockIntervalsAndZones() {
        ServicePlan plan = new ServicePlan(RoundsFixture.MEETING, FirstPour.BEFORE_START, 25,
                Map.of(RoundsFixture.PODIUM, 15), ServedScope.TABLES, 4,
                List.of(new ServiceZone(UUID.randomUUID(), "王芳", Set.of(ROOM.podium(0), ROOM.podium(1))),
                        new ServiceZone(UUID.randomUUID(), "李娜", Set.of())));

        context.servicePlans().save(plan, ROOM.seats);

        assertThat(context.servicePlans().planOf(RoundsFixture.MEETING)).isEqualTo(plan);
    }

    @Test
    void consumablesAreZeroUntilEnteredThenKept() {
        assertThat(context.servicePlans().consumables(RoundsFixture.MEETING)).isEqualTo(Consumables.NONE);

        context.servicePlans().saveConsumables(RoundsFixture.MEETING, new Consumables(15, 15, 6, 3));

        assertThat(context.servicePlans().consumables(RoundsFixture.MEETING)).isEqualTo(new Consumables(15, 15, 6, 3));
    }
}
