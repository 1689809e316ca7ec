package org.huiwu.ui.seating;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;


import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.seating.SeatPlanRejectedException;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.SeatingHistory;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * The seating screen of the current meeting: the plan and its laid-out seats, who sits where with
 * undo and redo, the unseated list, search by name or pinyin initials, and the counts: loading it,
 * following what other screens and laptops stored, and storing each step; the state itself is
 * {@link SeatingState}. Editing commands live in {@link SeatingCommands}, which works on this state. FX thread only; loading and
 * every write go through the {@link TaskRunner}, in order.
 */
public final class SeatingViewModel extends SeatingState implements SeatingAccess {

    private final SeatPlans plans;
    private final SeatingPlanner planner;
    private final AttendeeRoster roster;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final SeatingSaves saves;
    private final LayoutSaves layouts;
    private boolean planStored;

    public SeatingViewModel(SeatPlans plans, SeatingPlanner planner, AttendeeRoster roster, AppState state,
            TaskRunner runner, DialogService dialogs, FailureMessages failures, I18n i18n) {
        super(planner, state, i18n);
        this.plans = plans;
        this.planner = planner;
        this.roster = roster;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        this.saves = new SeatingSaves(plans, state, runner, dialogs, failures, i18n, this);
        this.layouts = new LayoutSaves(plans, state, runner, dialogs, i18n, this::load, key -> seats.stream()
                .filter(seat -> seat.key().equals(key)).findFirst().map(new org.huiwu.logic.seating.print.SeatLabels(i18n)::label).orElse(key));
        searchText.addListener((obs, old, text) -> find(text));
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old == null || meeting == null || !old.id().equals(meeting.id())) {
                load();
            }
        });
        state.openMeeting().attendeesProperty().addListener((obs, old, stored) -> {
            if (stored != null && !stored.equals(attendees())) {
                attendeesStored(stored);
            }
        });
        state.openMeeting().assignmentsProperty().addListener((obs, old, stored) -> {
            if (stored != null && !saves.isOwn(stored) && !saves.writing() && !stored.equals(history.current())) {
                showStored(stored);
            }
        });
        state.openMeeting().printedCardsProperty().addListener((obs, old, stored) -> {
            if (stored != null) {
                printed = stored;
                refresh();
            }
        });
        state.openMeeting().speakersProperty().addListener((obs, old, stored) -> refresh());
    }

    /** Shows the attendees as stored (a check-in here or an edit on another screen). */
    private void attendeesStored(List<Attendee> stored) {
        showAttendees(stored);
        refresh();
    }

    /** Loads the current meeting's plan, seats, assignments and attendees in the background. */
    public void load() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            apply(null);
            return;
        }
        UUID meetingId = meeting.id();
        boolean foreign = meeting.foreignAffairs();
        runner.run(() -> SeatingSnapshot.read(plans, roster, i18n, meetingId, foreign), loaded -> {
            if (state.currentMeeting() != null && state.currentMeeting().id().equals(meetingId)) {
                apply(loaded);
            }
        }, this::fail);
    }

    private void apply(SeatingSnapshot loaded) {
        plan.set(loaded == null ? null : loaded.plan());
        planStored = loaded != null && loaded.stored();
        seats = loaded == null ? List.of() : loaded.seats();
        showAttendees(loaded == null ? List.of() : loaded.attendees());
        printed = loaded == null ? Map.of() : loaded.printed();
        problem.set(loaded == null ? "" : loaded.layoutProblem());
        layouts.read(loaded == null ? 0 : loaded.layoutVersion(), planStored);
        showStored(loaded == null ? SeatAssignments.none() : loaded.assignments());
    }

    /** Shows the assignments as stored, with a new undo history; the next step is made from them. */
    private void showStored(SeatAssignments stored) {
        history = new SeatingHistory(stored);
        saves.read(stored);
        refresh();
    }

    /** Applies a new assignment state as one undoable step and writes it in the background. */
    @Override
    public void step(SeatAssignments next) {
        history.apply(next);
        persist();
    }

    @Override
    public void undo() {
        history.undo();
        persist();
    }

    @Override
    public void redo() {
        history.redo();
        persist();
    }

    @Override
    public void checkInStored(UUID meetingId, List<Attendee> stored) {
        attendeesStored(stored);
        state.openMeeting().attendeesStored(meetingId, stored);
    }

    @Override
    public Meeting meeting() {
        return state.currentMeeting();
    }

    @Override
    public LayoutSaves layouts() { return layouts; }

    @Override
    public void reload() {
        load();
    }

    @Override
    public void say(String status) {
        state.statusProperty().set(status);
    }

    private void persist() {
        SeatPlan current = plan.get();
        refresh();
        if (current != null) {
            boolean needsPlan = !planStored;
            planStored = true;
            if (needsPlan) {
                layouts.read(0, true);
            }
            saves.save(current, needsPlan, history.current(), problem, this::showStored);
        }
    }

    @Override
    public void fail(Throwable failure) {
        dialogs.showError(i18n.get("error.title"), failures.describe(failure));
    }

    @Override
    public void whenPlanSaved(SeatPlan changed, Consumer<List<PlannedSeat>> after) {
        planStored = true;
        layouts.save(changed, history.current(), laidOut -> {
            plan.set(changed);
            seats = laidOut;
            problem.set("");
            after.accept(laidOut);
            refresh();
        }, failure -> problem.set(failure instanceof SeatPlanRejectedException rejected
                ? SeatingTexts.problem(i18n, rejected) : failures.describe(failure)));
    }

    @Override
    public void cardsPrinted(UUID meetingId, Map<String, UUID> stored) {
        state.openMeeting().printedCardsStored(meetingId, stored);
    }
}
