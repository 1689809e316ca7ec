package org.huiwu.logic.seating.print;

import java.util.LinkedHashSet;
import java.util.Set;

import org.huiwu.i18n.I18n;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;

/**
 * The line of a seat chart that says where the interpreters sit, beside the left/right convention:
 * one phrase for each talks or reception placement the plan uses ("会谈：译员坐主谈人旁"), or nothing
 * when the plan has no interpreter seats. Stateless and thread-safe.
 */
final class InterpreterNote {

    private InterpreterNote() {
    }

    static String text(SeatPlan plan, I18n i18n) {
        Set<String> phrases = new LinkedHashSet<>();
        for (SeatBlock block : plan.blocks()) {
            InterpreterPlacement placement = block.options().interpreters().resolve(block.kind(), plan.convention());
            if (placement == InterpreterPlacement.NONE) {
                continue;
            }
            boolean talks = block.kind() == BlockKind.TALKS;
            phrases.add(i18n.get(placement == InterpreterPlacement.BESIDE
                    ? talks ? "seating.chart.interpreters.talksBeside" : "seating.chart.interpreters.receptionBeside"
                    : talks ? "seating.chart.interpreters.talksBehind" : "seating.chart.interpreters.receptionBehind"));
        }
        return String.join(i18n.get("seating.chart.interpreters.separator"), phrases);
    }

    /** The convention text with the interpreter phrases after it, if any. */
    static String withConvention(String convention, SeatPlan plan, I18n i18n) {
        String note = text(plan, i18n);
        return note.isEmpty() ? convention : convention + i18n.get("seating.chart.interpreters.separator") + note;
    }
}
