package org.huiwu.logic.meetings;

import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.QueuedWholeMeetings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a meeting copied one week later during an outage (decision 0043): the copy's details and agenda as made
 * here (what the attendant saw and any edits queued behind it), its attendees the source's as stored when sent —
 * as a copy made at that moment would have them, so another laptop's changes to the source's roster meanwhile are
 * in it — each under the id the laptop showed ({@link MeetingDao#createCopy}), so check-ins queued on the copy land.
 * A copy stored already (its commit arrived, the answer did not) is not stored again; a copy whose source another
 * laptop deleted meanwhile is stored without attendees, logged and counted. Stateless; call off the FX thread.
 */
public final class MeetingCopyReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingCopyReplay.class);

    private final MeetingDao meetings;

    public MeetingCopyReplay(MeetingDao meetings) {
        this.meetings = meetings;
    }

    @Override
    public boolean replay(String body) {
        QueuedWholeMeetings.MeetingCopy made = QueuedWholeMeetings.copy(body);
        boolean sourceGone = meetings.findWithoutAgenda(made.sourceId()).isEmpty();
        if (!meetings.createCopy(made.copy(), made.sourceId(), made.at())) {
            return false;
        }
        if (sourceGone) {
            LOG.warn("Queued copy {} of meeting {} stored without attendees: the source was deleted on another laptop"
                    + " meanwhile", made.copy().id(), made.sourceId());
        }
        return sourceGone;
    }
}
