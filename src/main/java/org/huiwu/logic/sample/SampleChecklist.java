package org.huiwu.logic.sample;

import java.util.List;
import java.util.UUID;

import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.checklists.MeetingChecklist;

/**
 * The sample meeting's service checklist: every before-meeting item settled (the classified-meeting
 * item is not applicable to this internal meeting), the first three during-meeting items done, nothing
 * after the meeting yet. Synchronous; call it off the FX thread.
 */
final class SampleChecklist {

    private static final String ATTENDANT = "吕佳";
    private static final int DURING_DONE = 3;

    private final ServiceChecklists checklists;

    SampleChecklist(ServiceChecklists checklists) {
        this.checklists = checklists;
    }

    void tick(UUID meetingId) {
        MeetingChecklist list = checklists.open(meetingId, ATTENDANT);
        for (ChecklistLine line : list.of(ChecklistPhase.BEFORE)) {
            boolean classifiedOnly = line.item().textZh().startsWith("涉密会议");
            checklists.mark(meetingId, line.item().id(), classifiedOnly ? MarkState.NOT_APPLICABLE : MarkState.DONE,
                    classifiedOnly ? "本次会议密级为内部" : "", ATTENDANT);
        }
        List<ChecklistLine> during = list.of(ChecklistPhase.DURING);
        for (ChecklistLine line : during.subList(0, Math.min(DURING_DONE, during.size()))) {
            checklists.mark(meetingId, line.item().id(), MarkState.DONE, "", ATTENDANT);
        }
    }
}
