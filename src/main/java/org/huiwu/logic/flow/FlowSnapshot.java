package org.huiwu.logic.flow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.flow.MeetingFlow;
import org.huiwu.model.flow.OpenItem;
import org.huiwu.model.flow.PatrolRound;
import org.huiwu.model.flow.SpecialFlags;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.flow.StageChange;
import org.huiwu.model.flow.StageLine;
import org.huiwu.model.flow.WorkOrder;

/**
 * A meeting's flow as it stands: its stage, its special flags and settings, its work order, the stage
 * checklist lines and the service checklist lines of every stage, the mandatory items open in the current
 * stage, the stage changes, the patrol rounds and when the next round is due (null when no interval is
 * set). Immutable.
 */
public record FlowSnapshot(Stage stage, SpecialFlags flags, MeetingFlow flow, WorkOrder workOrder,
        int templateVersion, List<StageLine> stageLines, List<ChecklistLine> serviceLines, List<OpenItem> open,
        List<StageChange> changes, List<PatrolRound> patrols, Instant nextPatrol) {

    public FlowSnapshot {
        stageLines = List.copyOf(stageLines);
        serviceLines = List.copyOf(serviceLines);
        open = List.copyOf(open);
        changes = List.copyOf(changes);
        patrols = List.copyOf(patrols);
    }

    /** The stage checklist lines of one stage. */
    public List<StageLine> linesOf(Stage of) {
        return stageLines.stream().filter(l -> l.item().stage() == of).toList();
    }

    /** The service checklist lines (O, Q or S) a stage shows. */
    public List<ChecklistLine> serviceLinesOf(Stage of) {
        return of.checklistPhase().map(p -> serviceLines.stream().filter(l -> l.item().phase() == p).toList())
                .orElse(List.of());
    }

    /** The latest override, if any stage was closed over open items. */
    public Optional<StageChange> lastOverride() {
        return changes.stream().filter(StageChange::overridden).reduce((a, b) -> b);
    }
}
