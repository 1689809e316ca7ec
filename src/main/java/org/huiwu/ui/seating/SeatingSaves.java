package org.huiwu.ui.seating;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.StringProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.SeatSave;
import org.huiwu.logic.seating.print.SeatLabels;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * Stores the seating screen's steps, each checked against the assignments it was made from (decision 0031): a
 * move, lock, auto-assign or reflow whose seats another laptop changed meanwhile is refused whole, the plan is shown
 * as stored and the editor told which seat changed and who sits there now. Keeps which published assignments are
 * this screen's own (their publication must not reset its undo history). FX thread only; writes go through the
 * {@link TaskRunner}, in order, each from what the one before it stored.
 */
final class SeatingSaves {

    private final SeatPlans plans;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final SeatingAccess model;
    private final Set<SeatAssignments> ownSaves = Collections.newSetFromMap(new IdentityHashMap<>());
    /** What the store holds once every save sent so far is written: the next save is made from it. */
    private SeatAssignments sent = SeatAssignments.none();
    /** Counts refusals, so that the saves queued behind a refused one (from the same stale read) ask nothing more. */
    private int refusals;

    SeatingSaves(SeatPlans plans, AppState state, TaskRunner runner, DialogService dialogs, FailureMessages failures,
            I18n i18n, SeatingAccess model) {
        this.plans = plans;
        this.model = model;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
    }

    /** The assignments were read from the store, or stored by another screen: the next save starts from them. */
    void read(SeatAssignments stored) {
        sent = stored;
    }

    /** Whether {@code published} is what this screen stored itself (answered once). */
    boolean isOwn(SeatAssignments published) {
        return ownSaves.remove(published);
    }

    /** Whether a step of this editor is still being written (its result will publish what is stored). */
    boolean writing() {
        return !ownSaves.isEmpty();
    }

    /**
     * Stores {@code next} over what was sent before; {@code refused} gets the assignments as stored when another
     * laptop changed a seat of this step first.
     */
    void save(SeatPlan plan, boolean needsPlan, SeatAssignments next, StringProperty problem,
            Consumer<SeatAssignments> refused) {
        SeatAssignments base = sent;
        sent = next;
        ownSaves.add(next);
        int refusalsBefore = refusals;
        UUID meetingId = plan.meetingId();
        runner.run(() -> {
            if (needsPlan) {
                plans.save(plan);
            }
            return plans.saveAssignmentsOver(plan.id(), base, next);
        }, result -> {
            if (result.saved()) {
                problem.set("");
                if (!result.stored().equals(next)) {
                    ownSaves.remove(next);
                }
                state.openMeeting().seatingStored(meetingId, result.stored().equals(next) ? next : result.stored());
            } else if (refusals == refusalsBefore) {
                refusals++;
                ownSaves.clear();
                sent = result.stored();
                refused.accept(result.stored());
                state.openMeeting().seatingStored(meetingId, result.stored());
                dialogs.showInformation(i18n.get("live.conflict.title"), refusal(result.seatKey(), result.stored()));
            }
        }, failure -> {
            ownSaves.remove(next);
            sent = base;
            problem.set(failures.describe(failure));
        });
    }

    /** The message for a refused step: the seat, and who sits in it now (or that it is empty). */
    private String refusal(String seatKey, SeatAssignments stored) {
        String seat = model.seats().stream().filter(s -> s.key().equals(seatKey)).findFirst()
                .map(new SeatLabels(i18n)::label).orElse(seatKey);
        String now = stored.occupantOf(seatKey).map(id -> {
            Attendee person = model.person(id);
            return person == null ? i18n.get("seating.conflict.someone") : person.name();
        }).map(name -> i18n.format("seating.conflict.occupied", name)).orElse(i18n.get("seating.conflict.empty"));
        return i18n.format("seating.conflict.message", seat, now);
    }
}
