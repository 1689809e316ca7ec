package org.huiwu.ui.attendees;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.model.Side;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.TaskRunner;

/**
 * The attendee list of the current meeting in precedence order: loading, adding, in-place edits,
 * removal and check-in; moves in the precedence list are {@link PrecedenceMoves}'. What the table shows of the
 * list (filter, counts, warnings) is {@link AttendeeListing}. FX thread only; every write goes through the {@link TaskRunner}, and the
 * list stored after it is published to {@code OpenMeeting}, which this table observes like every other
 * screen that shows attendees.
 */
public final class AttendeeTableViewModel extends AttendeeListing {

    private final AttendeeRoster roster;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final Supplier<UUID> ids;
    private final AttendeeConflicts conflicts;
    private final PrecedenceMoves moves;

    public AttendeeTableViewModel(AttendeeRoster roster, AppState state, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, I18n i18n, Supplier<UUID> ids) {
        super(i18n);
        this.roster = roster;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        this.ids = ids;
        this.conflicts = new AttendeeConflicts(dialogs, state, i18n);
        this.moves = new PrecedenceMoves(roster, state, runner, this, failure -> {
            fail(failure);
            reload();
        });
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old == null || meeting == null || !old.id().equals(meeting.id())) {
                reload();
            }
        });
        state.openMeeting().attendeesProperty().addListener((obs, old, stored) -> {
            if (stored != null && !moves.pending()) {
                show(stored);
            }
        });
        reload();
    }

    /** Loads the current meeting's attendees (none when no meeting is open). */
    public void reload() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            show(List.of());
            return;
        }
        UUID meetingId = meeting.id();
        runner.run(() -> roster.list(meetingId), loaded -> {
            if (state.currentMeeting() != null && state.currentMeeting().id().equals(meetingId) && !moves.pending()) {
                show(loaded);
                state.openMeeting().attendeesStored(meetingId, loaded);
            }
        }, this::fail);
    }

    /**
     * Runs a write and reads the meeting's list after it in the background, then publishes the stored
     * list, which every screen that shows attendees (this table included) observes (decision 0018).
     */
    private void write(UUID meetingId, Callable<?> write, Runnable after) {
        runner.run(() -> {
            write.call();
            return roster.list(meetingId);
        }, stored -> {
            state.openMeeting().attendeesStored(meetingId, stored);
            after.run();
        }, failure -> {
            fail(failure);
            reload();
        });
    }

    /** Adds a new attendee at the end of the precedence list; {@code onAdded} gets it once saved. */
    public void add(Consumer<Attendee> onAdded) {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            return;
        }
        Attendee[] added = new Attendee[1];
        write(meeting.id(), () -> added[0] = roster.save(new Attendee(ids.get(), meeting.id(),
                i18n.get("attendee.new.name"), "", "", roster.nextRank(meeting.id()), AttendeeRole.DELEGATE, Side.NONE,
                CheckInStatus.EXPECTED, "")), () -> onAdded.accept(added[0]));
    }

    /**
     * Saves an in-place edit over the row as it was shown (decision 0031); a rejected edit is explained and the row
     * shows its saved value again; an edit another laptop got in before is settled by {@link AttendeeConflicts}.
     */
    public void update(Attendee edited) {
        int index = indexOf(edited.id());
        update(index >= 0 ? attendees.get(index) : edited, edited);
    }

    /** Saves an edit made from {@code base}, the row as it was when its cell started editing. */
    public void update(Attendee base, Attendee edited) {
        int index = indexOf(edited.id());
        if (index >= 0) {
            attendees.set(index, edited);
        }
        saveOver(base, edited);
    }

    /** Writes {@code mine} over {@code base} and publishes the stored list; a refused edit is asked about. */
    private void saveOver(Attendee base, Attendee mine) {
        UUID meetingId = mine.meetingId();
        runner.run(() -> Map.entry(roster.saveOver(base, mine), roster.list(meetingId)), outcome -> {
            state.openMeeting().attendeesStored(meetingId, outcome.getValue());
            if (!outcome.getKey().saved() && !conflicts.settle(outcome.getKey(), mine, this::saveOver)) {
                show(outcome.getValue());
            }
        }, failure -> {
            fail(failure);
            reload();
        });
    }

    public void remove(Attendee attendee) {
        if (!dialogs.confirm(i18n.get("attendee.delete.title"),
                i18n.format("attendee.delete.question", attendee.name()))) {
            return;
        }
        write(attendee.meetingId(), () -> {
            roster.remove(attendee.id());
            return null;
        }, () -> { });
    }

    /** Why a typed rank cannot be saved, or null when it is a positive whole number. */
    public String rankProblem(String text) {
        try {
            return Integer.parseInt(text.strip()) > 0 ? null : i18n.get("attendee.problem.rankNotPositive");
        } catch (NumberFormatException notANumber) {
            return i18n.get("attendee.problem.rankNotPositive");
        }
    }

    /** Moves in the precedence list (Alt+Up/Down, a drag in the table). */
    public PrecedenceMoves moves() {
        return moves;
    }

    /** Sets the person's check-in as an edit of the row as shown, checked like any other (decision 0031). */
    public void checkIn(Attendee attendee, CheckInStatus status) {
        int index = indexOf(attendee.id());
        Attendee base = index >= 0 ? attendees.get(index) : attendee;
        saveOver(base, base.withCheckIn(status));
    }

    private void fail(Throwable failure) {
        dialogs.showError(i18n.get("error.title"), failures.describe(failure));
    }
}
