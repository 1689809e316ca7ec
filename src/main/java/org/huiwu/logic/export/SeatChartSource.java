package org.huiwu.logic.export;

import java.util.Optional;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.print.SeatChart;
import org.huiwu.model.Meeting;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.Viewpoint;

/**
 * The seat chart of a meeting for the service report, drawn as the seating printout draws it (audience
 * view); empty when the meeting has no seat plan. Stateless apart from its collaborators; thread-safe as
 * they are.
 */
public final class SeatChartSource {

    private final MeetingCatalog meetings;
    private final SeatPlans seatPlans;
    private final AttendeeRoster roster;

    public SeatChartSource(MeetingCatalog meetings, SeatPlans seatPlans, AttendeeRoster roster) {
        this.meetings = meetings;
        this.seatPlans = seatPlans;
        this.roster = roster;
    }

    public Optional<SeatChart> chart(UUID meetingId, I18n i18n) {
        Optional<Meeting> meeting = meetings.find(meetingId);
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        SeatPlan plan = seatPlans.planOf(meetingId);
        if (plan.blocks().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SeatChart.describe(i18n, meeting.get(), plan, seatPlans.seats(plan),
                seatPlans.assignments(plan.id()), roster.list(meetingId), Viewpoint.AUDIENCE));
    }
}
