package org.huiwu;

import java.util.Map;

import org.huiwu.logic.attendees.AttendeeEditReplay;
import org.huiwu.logic.live.Replay;
import org.huiwu.logic.seating.SeatStepReplay;
import org.huiwu.model.live.QueuedRecord;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.SeatPlanDao;

/**
 * The part of the composition root that tells the outbox sender how the queued records features own are sent
 * (decision 0038), each over the venue server's own DAOs (never the offline ones). Stateless.
 */
final class OutboxReplays {

    private OutboxReplays() {
    }

    static Map<String, Replay> of(Database database) {
        return Map.of(QueuedRecord.KIND_ATTENDEE_EDIT, new AttendeeEditReplay(database.dao(AttendeeDao.class)),
                QueuedRecord.KIND_SEAT_STEP, new SeatStepReplay(database.dao(SeatPlanDao.class)));
    }
}
