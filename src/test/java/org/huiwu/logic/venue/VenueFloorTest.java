package org.huiwu.logic.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The venue floor's figures through a real {@link AppContext} on H2 at 10:00 in Beijing. */
class VenueFloorTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final Instant TEN = DAY.atTime(10, 0).atZone(BEIJING).toInstant();

    @TempDir
    Path dataDir;

    private AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, Clock.fixed(TEN, BEIJING));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Meeting meeting(String title, LocalDate date, LocalTime start, LocalTime end, String room) {
        Meeting m = Fixtures.meeting(title, date);
        return context.meetings().save(new Meeting(m.id(), title, m.category(), date, start, end, room,
                m.hostOrganisation(), m.organisingOrganisation(), m.confidentiality(), m.foreignAffairs(),
                m.expectedAttendees(), m.contactPerson(), m.contactPhone(), m.notes(), m.agenda()));
    }

    @Test
    void listsTheMeetingsInProgressWithOverdueSeatsAndOpenIncidents() {
        Meeting busy = meeting("常务会议", DAY, LocalTime.of(9, 0), LocalTime.of(11, 30), "1号会议室");
        Meeting quiet = meeting("专题会议", DAY, LocalTime.of(9, 30), LocalTime.of(12, 0), "2号会议室");
        meeting("早间例会", DAY, LocalTime.of(8, 0), LocalTime.of(9, 30), "3号会议室");
        meeting("明日会议", DAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(11, 0), "1号会议室");

        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), busy.id()).withBlocks(List.of(
                SeatBlock.podium(UUID.randomUUID(), "主席台", List.of(2))));
        context.seatPlans().save(plan);
        List<PlannedSeat> seats = context.seatPlans().seats(plan);
        Attendee first = Fixtures.attendee(busy.id(), "王建国", 1);
        Attendee second = Fixtures.attendee(busy.id(), "蒋立新", 2);
        context.roster().importAll(List.of(first, second));
        context.seatPlans().saveAssignments(plan.id(), SeatAssignments.of(Map.of(seats.get(0).key(), first.id(),
                seats.get(1).key(), second.id()), Set.of()));
        Instant nine = DAY.atTime(9, 0).atZone(BEIJING).toInstant();
        Instant nineFifty = DAY.atTime(9, 50).atZone(BEIJING).toInstant();
        context.serviceLog().at(Clock.fixed(nine, BEIJING)).startMeeting(busy.id());
        context.serviceLog().at(Clock.fixed(nine, BEIJING))
                .markServed(new SeatVisit(busy.id(), seats.get(0).key(), first.id(), "张敏"));
        context.serviceLog().at(Clock.fixed(nineFifty, BEIJING))
                .markServed(new SeatVisit(busy.id(), seats.get(1).key(), second.id(), "张敏"));
        context.incidents().log().report(busy.id(), IncidentType.DISTURBANCE, "吕佳");
        var handled = context.incidents().log().report(busy.id(), IncidentType.AUDIO_FAILURE, "吕佳");
        context.incidents().log().setStatus(handled.id(), IncidentStatus.RESOLVED, "吕佳");

        List<VenueFloor.FloorRow> rows = floor().inProgress();

        assertThat(rows).extracting(VenueFloor.FloorRow::title).containsExactly("常务会议", "专题会议");
        VenueFloor.FloorRow row = rows.get(0);
        assertThat(row.room()).isEqualTo("1号会议室");
        assertThat(row.overdueSeats()).isEqualTo(1);
        assertThat(row.openIncidents()).isEqualTo(1);
        assertThat(row.stage()).isEqualTo(Stage.BOOKING);
        assertThat(rows.get(1).overdueSeats()).isZero();
        assertThat(rows.get(1).openIncidents()).isZero();
    }

    @Test
    void theStageDecidesBeforeTheClock() {
        Meeting m = meeting("常务会议", DAY, LocalTime.of(9, 0), LocalTime.of(11, 30), "1号会议室");
        assertThat(VenueFloor.inProgress(m, Stage.PREPARATION, LocalTime.of(10, 0))).isTrue();
        assertThat(VenueFloor.inProgress(m, Stage.WRAP_UP, LocalTime.of(10, 0))).isFalse();
        assertThat(VenueFloor.inProgress(m, Stage.CLOSED, LocalTime.of(10, 0))).isFalse();
        assertThat(VenueFloor.inProgress(m, Stage.IN_PROGRESS, LocalTime.of(12, 0))).isTrue();
        assertThat(VenueFloor.inProgress(m, Stage.BOOKING, LocalTime.of(8, 59))).isFalse();
        assertThat(VenueFloor.inProgress(m, Stage.BOOKING, LocalTime.of(11, 30))).isFalse();
    }

    private VenueFloor floor() {
        return new VenueFloor(context.meetings(), context.meetingFlows(), context.roundBoard(),
                context.incidents().log(), context.clock());
    }
}
