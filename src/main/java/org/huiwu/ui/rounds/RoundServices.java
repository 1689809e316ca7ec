package org.huiwu.ui.rounds;

import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.rounds.RoundBoard;
import org.huiwu.logic.rounds.RoundLabels;
import org.huiwu.logic.rounds.RouteOrder;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.logic.rounds.ServicePlans;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;

/** The logic and UI services the round board uses, handed in together by the composition root. Immutable. */
public record RoundServices(RoundBoard roundBoard, RouteOrder routeOrder, ServiceLog serviceLog,
        ServicePlans servicePlans, SeatPlans seatPlans, AttendeeRoster roster, RoundLabels roundLabels,
        DialogService dialogs, FailureMessages failures) {
}
