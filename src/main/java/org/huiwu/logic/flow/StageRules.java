package org.huiwu.logic.flow;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.flow.MeetingFlow;
import org.huiwu.model.flow.OpenItem;
import org.huiwu.model.flow.PatrolRound;
import org.huiwu.model.flow.SpecialFlags;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.flow.StageLine;
import org.huiwu.model.flow.WorkOrder;

/**
 * What must be settled before a meeting's stage closes (annex G): its mandatory stage items, its service checklist
 * items (O, Q, S) and its rules. Booking needs a confirmed work order; preparation at a classified meeting an
 * approved attendee list and no wireless microphone; in progress a patrol round (and phones counted in); wrap-up the
 * phones counted out as they came in. Stateless, thread-safe.
 */
final class StageRules {

    private StageRules() {
    }

    /** What keeps {@code stage} open: its unmet rules first, then its open stage items and service checklist items. */
    static List<OpenItem> openItems(Stage stage, SpecialFlags flags, MeetingFlow flow, WorkOrder order,
            List<StageLine> lines, List<ChecklistLine> service, List<PatrolRound> patrols, boolean orderSaved) {
        List<OpenItem> open = new ArrayList<>();
        switch (stage) {
            case BOOKING -> {
                if (!orderSaved || !order.confirmed()) {
                    open.add(OpenItem.rule("flow.open.workOrder"));
                }
            }
            case PREPARATION -> {
                if (flags.classified() && flow.listApprovedAt() == null) {
                    open.add(OpenItem.rule("flow.open.listApproval"));
                }
                if (flags.classified() && order.wirelessMicrophones() > 0) {
                    open.add(OpenItem.rule("flow.open.wireless"));
                }
            }
            case IN_PROGRESS -> {
                if (patrols.isEmpty()) {
                    open.add(OpenItem.rule("flow.open.patrol"));
                }
                if (flags.classified() && flow.phonesIn() == null) {
                    open.add(OpenItem.rule("flow.open.phonesIn"));
                }
            }
            case WRAP_UP -> {
                if (flags.classified() && (flow.phonesIn() == null || !flow.phonesIn().equals(flow.phonesOut()))) {
                    open.add(OpenItem.rule("flow.open.phonesOut"));
                }
            }
            default -> {
            }
        }
        lines.stream().filter(l -> l.item().stage() == stage && l.item().mandatory() && !l.settled())
                .forEach(l -> open.add(OpenItem.item(l.item().textZh(), l.item().textEn())));
        stage.checklistPhase().ifPresent(phase -> service.stream()
                .filter(l -> l.item().phase() == phase && !l.settled())
                .forEach(l -> open.add(OpenItem.item(l.item().textZh(), l.item().textEn()))));
        return open;
    }
}
