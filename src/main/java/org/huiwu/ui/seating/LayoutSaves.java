package org.huiwu.ui.seating;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.LayoutSave;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * Stores the seating screen's layout edits (blocks, rows, seats, rules, door, viewpoint), each over the layout
 * version it was made from (decision 0039): an edit made while another laptop saved the same plan's layout is
 * refused whole, the editor is told and the screen reads the stored plan again; so is a new plan when another laptop
 * created the meeting's plan first, and a change whose dropped seats are no longer as shown (decision 0041). Publishes every stored version to
 * the open meeting, so the tea board (here) reads the layout again; a version published that this screen neither
 * shows nor is storing (another laptop's, from the change feed) reads the seating again, and so does an outbox send
 * that refused a record queued here (a layout refused at replay may share its version number with the stored one). FX thread only; writes go through the
 * {@link TaskRunner}, in order, each over the version the one before it will have stored.
 */
final class LayoutSaves {

    private final SeatPlans plans;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Runnable reload;
    private final java.util.function.UnaryOperator<String> seatLabel;
    /** The version the store holds once every save sent so far is written: the next save is made over it. */
    private int sent;
    /** Whether the plan's row exists once every save sent so far is written. */
    private boolean stored;
    /** Counts refusals, so that the saves queued behind a refused one (from the same stale read) ask nothing more. */
    private int refusals;
    /** Counts the layouts of other laptops this screen came to show (read again from the feed, or after a refusal). */
    private int changesElsewhere;

    LayoutSaves(SeatPlans plans, AppState state, TaskRunner runner, DialogService dialogs, I18n i18n,
            Runnable reload, java.util.function.UnaryOperator<String> seatLabel) {
        this.plans = plans;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.reload = reload;
        this.seatLabel = seatLabel;
        state.openMeeting().layoutVersionProperty().addListener((obs, old, version) -> {
            if (version.intValue() >= 0 && !shows(version.intValue())) {
                changesElsewhere++;
                reload.run();
            }
        });
        state.openMeeting().queuedRefusalsProperty().addListener((obs, old, count) -> {
            changesElsewhere++;
            reload.run();
        });
    }

    /** The layout was read from the store at {@code version} ({@code isStored}: the plan has a row). */
    void read(int version, boolean isStored) {
        sent = version;
        stored = isStored;
    }

    /** Whether {@code version} is the one this screen shows or is about to store (no need to read again). */
    private boolean shows(int version) {
        return version == sent;
    }

    /** A mark of the layout shown now, for an edit that takes a while (the block dialog): see {@link #stillAsSeen}. */
    int seen() {
        return changesElsewhere;
    }

    /**
     * Whether no other laptop's layout came to be shown since {@code seen} was taken; if one did, an edit made in the
     * meantime (a block dialog left open) would write over it from what it showed before, so the editor is told, as
     * for a refused save, and nothing is saved.
     */
    boolean stillAsSeen(int seen) {
        if (seen == changesElsewhere) {
            return true;
        }
        dialogs.showInformation(i18n.get("live.conflict.title"), i18n.get("seating.layout.conflict"));
        return false;
    }

    /**
     * Stores {@code changed} over the version sent before; {@code saved} gets its laid-out seats, {@code failed} a
     * storage failure or a layout that cannot be laid out. A refusal reads the plan again and says why.
     */
    void save(SeatPlan changed, SeatAssignments seen, Consumer<List<PlannedSeat>> saved,
            Consumer<Throwable> failed) {
        int base = sent;
        boolean baseStored = stored;
        sent = baseStored ? base + 1 : 0;
        stored = true;
        int refusalsBefore = refusals;
        UUID meetingId = changed.meetingId();
        runner.run(() -> plans.saveLayout(changed, baseStored ? base : -1, seen), result -> {
            if (result.saved()) {
                state.openMeeting().layoutStored(meetingId, result.version());
                saved.accept(result.seats());
            } else if (refusals == refusalsBefore) {
                refusals++;
                changesElsewhere++;
                sent = result.version();
                state.openMeeting().layoutStored(meetingId, result.version());
                reload.run();
                dialogs.showInformation(i18n.get("live.conflict.title"), refusal(result));
            }
        }, failure -> {
            sent = base;
            stored = baseStored;
            failed.accept(failure);
        });
    }

    /** Why a layout save was refused, in the user's language (decisions 0039, 0041). */
    private String refusal(LayoutSave result) {
        if (result.refusal() == LayoutSave.Refusal.PLAN_CREATED) {
            return i18n.get("seating.layout.createdElsewhere");
        }
        return result.refusal() == LayoutSave.Refusal.SEAT_CHANGED
                ? i18n.format("seating.layout.seatChanged", seatLabel.apply(result.seatKey())) : i18n.get("seating.layout.conflict");
    }
}
