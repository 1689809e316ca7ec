package org.huiwu.logic.rounds;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;

/** Stores a {@link RoundsFixture} room in a real database: the meeting, its attendees, plan and seating. Test code. */
final class StoredRoom {

    private StoredRoom() {
    }

    static void store(AppContext context, RoundsFixture room) {
        context.meetings().save(Fixtures.meeting("茶水服务测试", LocalDate.of(2026, 11, 27)).withId(RoundsFixture.MEETING));
        context.roster().importAll(room.attendees);
        SeatPlan plan = RoundsFixture.plan();
        context.seatPlans().save(plan);
        context.seatPlans().saveAssignments(plan.id(), SeatAssignments.of(room.occupants, Set.of()));
    }

    static SeatVisit visit(RoundsFixture room, String seatKey) {
        return visit(room, seatKey, "张敏");
    }

    static SeatVisit visit(RoundsFixture room, String seatKey, String attendant) {
        UUID occupant = room.occupants.get(seatKey);
        return new SeatVisit(RoundsFixture.MEETING, seatKey, occupant, attendant);
    }
}
