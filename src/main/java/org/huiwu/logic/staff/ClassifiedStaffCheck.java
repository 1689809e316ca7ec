package org.huiwu.logic.staff;

import java.util.List;

import org.huiwu.logic.meetings.MeetingCheck;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;

/**
 * The pledge rule on saving a meeting (annexes F and R, decision 0028): a meeting may be made 涉密, or a
 * 涉密 meeting moved to another day, only when everyone staffed on it has a pledge valid on its day;
 * otherwise the save is refused naming them. Other edits of a 涉密 meeting pass, so a meeting that
 * arrived 涉密 by import or merge stays editable while its staffing shows the flagged people. During a venue-server
 * outage the staffing and pledges this laptop last read answer (decision 0040); when they were never read here the
 * save is refused as needing the server ({@link PledgesUnknownException}).
 * Stateless apart from its collaborator; call from a background thread.
 */
public final class ClassifiedStaffCheck implements MeetingCheck {

    private final MeetingStaffing staffing;

    public ClassifiedStaffCheck(MeetingStaffing staffing) {
        this.staffing = staffing;
    }

    @Override
    public void check(Meeting before, Meeting after) {
        if (after.confidentiality() != Confidentiality.CLASSIFIED) {
            return;
        }
        boolean becomesClassified = before == null || before.confidentiality() != Confidentiality.CLASSIFIED;
        boolean movesDay = before != null && !before.date().equals(after.date());
        if (!becomesClassified && !movesDay) {
            return;
        }
        List<Unpledged> people;
        try {
            people = staffing.unpledged(after.id(), after.date());
        } catch (RuntimeException e) {
            if (org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw new PledgesUnknownException(e);
            }
            throw e;
        }
        if (!people.isEmpty()) {
            throw new UnpledgedStaffException(people);
        }
    }
}
