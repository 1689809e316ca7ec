package org.huiwu.logic.meetings;

import java.util.Map;
import java.util.Optional;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.live.Replay;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.QueuedMeetingEdits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a meeting's details edited during an outage (decision 0038, amended): merged field by field with what the
 * server holds now ({@link FieldMerge} over {@link MeetingMerge#FIELDS}, as attendee edits are) — a field only this
 * laptop changed takes its value, a field only another laptop changed keeps theirs, and a field both changed
 * differently keeps the other laptop's, which is logged and counted for the status line. Written at the version just
 * read (three attempts); an edit already stored changes nothing; a meeting removed meanwhile drops it. Stateless;
 * call off the FX thread.
 */
public final class MeetingEditReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingEditReplay.class);

    private final MeetingDao meetings;

    public MeetingEditReplay(MeetingDao meetings) {
        this.meetings = meetings;
    }

    @Override
    public boolean replay(String body) {
        QueuedMeetingEdits.MeetingEdit edit = QueuedMeetingEdits.edit(body);
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Map.Entry<Meeting, Integer>> stored = meetings.findVersioned(edit.mine().id());
            if (stored.isEmpty()) {
                LOG.warn("Queued edit of meeting {} dropped: the meeting was removed meanwhile", edit.mine().id());
                return false;
            }
            FieldMerge<Meeting> merge = MeetingMerge.of(edit.base(), edit.mine(), stored.get().getKey());
            boolean clashed = !merge.clashes().isEmpty();
            if (clashed) {
                LOG.warn("Queued edit of meeting {}: {} changed on another laptop meanwhile; theirs is kept",
                        edit.mine().id(), merge.clashes().stream().map(FieldMerge.Field::labelKey).toList());
            }
            Meeting written = merge.resolved(false);
            if (written.equals(stored.get().getKey())) {
                return clashed;
            }
            try {
                meetings.saveAtVersion(written, stored.get().getValue(), edit.at());
                return clashed;
            } catch (ConcurrentChangeException again) {
                LOG.info("Meeting {} changed again while its queued edit was sent; merging once more",
                        edit.mine().id());
            }
        }
        throw new ConcurrentChangeException(edit.mine().id());
    }
}
