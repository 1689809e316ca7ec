package org.huiwu.ui.flow;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.huiwu.logic.flow.FlowProblem;
import org.huiwu.logic.flow.FlowRejectedException;
import org.huiwu.model.flow.WorkOrder;
import org.huiwu.ui.common.TimeText;

/**
 * Reading the work order form's texts (times as the other forms read them, counts) and telling whether a typed order asks
 * for anything other than the stored one. Stateless; any thread.
 */
final class OrderFields {

    private OrderFields() {
    }

    static boolean sameRequirements(WorkOrder a, WorkOrder b) {
        return a.roomName().equals(b.roomName()) && Objects.equals(a.startTime(), b.startTime())
                && Objects.equals(a.endTime(), b.endTime()) && a.expectedAttendees() == b.expectedAttendees()
                && a.layout() == b.layout() && a.nameCards() == b.nameCards() && a.tea() == b.tea()
                && a.towels() == b.towels() && a.flowers() == b.flowers() && a.fruit() == b.fruit()
                && a.microphones() == b.microphones() && a.wirelessMicrophones() == b.wirelessMicrophones()
                && a.projectors() == b.projectors() && a.videoLinks() == b.videoLinks()
                && a.specialNeeds().strip().equals(b.specialNeeds());
    }

    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TimeText.parse(text);
        } catch (DateTimeParseException e) {
            throw new FlowRejectedException(FlowProblem.BAD_TIMES);
        }
    }

    static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new FlowRejectedException(FlowProblem.BAD_NUMBER);
        }
    }
}
