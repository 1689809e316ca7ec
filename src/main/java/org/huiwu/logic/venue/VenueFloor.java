package org.huiwu.logic.venue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.logic.incidents.IncidentLog;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.rounds.RoundBoard;
import org.huiwu.model.Meeting;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.incidents.IncidentCounts;
import org.huiwu.model.rounds.SeatServiceState;

/**
 * The venue at a glance (issue #15): every meeting in progress today with its room, stage, overdue seats — by
 * the tea board's own rule ({@link RoundBoard#now}) — and open incidents. A meeting is in progress when its flow
 * stage says so, or, while its flow has not been moved past preparation, when the clock is between its start and
 * planned end today; a meeting at wrap-up or closed is finished. Reads the database: call {@link #inProgress}
 * off the FX thread. Thread-safe.
 */
public final class VenueFloor {

    /** One meeting in progress and what needs a supervisor's eye there. */
    public record FloorRow(UUID meetingId, String title, String room, LocalTime start, LocalTime end, Stage stage,
            int overdueSeats, int openIncidents) {
    }

    private final MeetingCatalog meetings;
    private final MeetingFlows flows;
    private final RoundBoard boards;
    private final IncidentLog incidents;
    private final Clock clock;

    public VenueFloor(MeetingCatalog meetings, MeetingFlows flows, RoundBoard boards, IncidentLog incidents,
            Clock clock) {
        this.meetings = meetings;
        this.flows = flows;
        this.boards = boards;
        this.incidents = incidents;
        this.clock = clock;
    }

    /** The meetings in progress now, by room and start time. */
    public List<FloorRow> inProgress() {
        LocalDate today = LocalDate.now(clock);
        LocalTime now = LocalTime.now(clock);
        Map<UUID, Stage> stages = flows.stages();
        Map<UUID, IncidentCounts> counts = incidents.countsPerMeeting();
        return meetings.list().stream().filter(m -> today.equals(m.date()))
                .filter(m -> inProgress(m, stages.getOrDefault(m.id(), Stage.BOOKING), now))
                .sorted(Comparator.comparing(Meeting::venue).thenComparing(m -> m.startTime() == null ? LocalTime.MIN
                        : m.startTime()))
                .map(m -> new FloorRow(m.id(), m.title(), m.venue(), m.startTime(), m.plannedEndTime(),
                        stages.getOrDefault(m.id(), Stage.BOOKING),
                        boards.now(boards.load(m.id())).count(SeatServiceState.OVERDUE),
                        counts.getOrDefault(m.id(), IncidentCounts.none(m.id())).unresolved()))
                .toList();
    }

    /** Whether a meeting of today is in progress at {@code now}. */
    static boolean inProgress(Meeting meeting, Stage stage, LocalTime now) {
        if (stage == Stage.IN_PROGRESS) {
            return true;
        }
        if (stage.ordinal() > Stage.IN_PROGRESS.ordinal() || meeting.startTime() == null) {
            return false;
        }
        return !now.isBefore(meeting.startTime())
                && (meeting.plannedEndTime() == null || now.isBefore(meeting.plannedEndTime()));
    }
}
