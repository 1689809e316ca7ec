package org.huiwu.ui.attendees;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.text.PinyinInitials;
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
 * The attendee list of the current meeting in precedence order: in-place edits, filtering, precedence
 * moves, check-in and the counts and warnings shown above the table (duplicate names, tied ranks).
 * FX thread only; every write goes through the {@link TaskRunner} and the list is reloaded after it.
 */
public final class AttendeeTableViewModel {

    private final AttendeeRoster roster;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final Supplier<UUID> ids;

    private final ObservableList<Attendee> attendees = FXCollections.observableArrayList();
    private final FilteredList<Attendee> visible = new FilteredList<>(attendees);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");
    private final ObservableSet<String> duplicateNames = FXCollections.observableSet();
    private final ObservableSet<Integer> tiedRanks = FXCollections.observableSet();
    private int pendingMoves;

    public AttendeeTableViewModel(AttendeeRoster roster, AppState state, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, I18n i18n, Supplier<UUID> ids) {
        this.roster = roster;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        this.ids = ids;
        filter.addListener((obs, old, text) -> visible.setPredicate(a -> matches(a, text)));
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old == null || meeting == null || !old.id().equals(meeting.id())) {
                reload();
            }
        });
        reload();
    }

    public ObservableList<Attendee> visibleAttendees() { return visible; }
    public ObservableList<Attendee> attendees() { return attendees; }
    public StringProperty filterProperty() { return filter; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty warningsProperty() { return warnings.getReadOnlyProperty(); }
    public ObservableSet<String> duplicateNames() { return duplicateNames; }
    public ObservableSet<Integer> tiedRanks() { return tiedRanks; }

    /** Loads the current meeting's attendees (none when no meeting is open). */
    public void reload() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            show(List.of());
            return;
        }
        UUID meetingId = meeting.id();
        runner.run(() -> roster.list(meetingId), loaded -> {
            if (state.currentMeeting() != null && state.currentMeeting().id().equals(meetingId) && pendingMoves == 0) {
                show(loaded);
            }
        }, this::fail);
    }

    /** Adds a new attendee at the end of the precedence list; {@code onAdded} gets it once saved. */
    public void add(java.util.function.Consumer<Attendee> onAdded) {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            return;
        }
        runner.run(() -> roster.save(new Attendee(ids.get(), meeting.id(), i18n.get("attendee.new.name"), "", "",
                roster.nextRank(meeting.id()), AttendeeRole.DELEGATE, Side.NONE, CheckInStatus.EXPECTED, "")),
                added -> {
                    reloadThen(() -> onAdded.accept(added));
                }, this::fail);
    }

    /** Saves an in-place edit; a rejected edit is explained and the row shows its saved value again. */
    public void update(Attendee edited) {
        int index = indexOf(edited.id());
        if (index >= 0) {
            attendees.set(index, edited);
        }
        runner.run(() -> roster.save(edited), saved -> reload(), failure -> {
            fail(failure);
            reload();
        });
    }

    public void remove(Attendee attendee) {
        if (!dialogs.confirm(i18n.get("attendee.delete.title"),
                i18n.format("attendee.delete.question", attendee.name()))) {
            return;
        }
        runner.run(() -> roster.remove(attendee.id()), removed -> reload(), this::fail);
    }

    /** Why a typed rank cannot be saved, or null when it is a positive whole number. */
    public String rankProblem(String text) {
        try {
            return Integer.parseInt(text.strip()) > 0 ? null : i18n.get("attendee.problem.rankNotPositive");
        } catch (NumberFormatException notANumber) {
            return i18n.get("attendee.problem.rankNotPositive");
        }
    }

    /** Moves an attendee {@code offset} places in the precedence list (negative is up, towards No.1). */
    public void moveBy(Attendee attendee, int offset) {
        int index = indexOf(attendee.id());
        if (index >= 0) {
            moveTo(attendee, index + offset);
        }
    }

    /**
     * Moves an attendee to a place in the precedence list (a drag in the table). The list shows the move at
     * once, so that quick repeated moves (Alt+Up held down) each start from where the last one put the person;
     * the stored list is shown when the last pending move is saved.
     */
    public void moveTo(Attendee attendee, int targetIndex) {
        Meeting meeting = state.currentMeeting();
        int from = indexOf(attendee.id());
        if (meeting == null || from < 0 || targetIndex < 0 || targetIndex >= attendees.size() || targetIndex == from) {
            return;
        }
        attendees.add(targetIndex, attendees.remove(from));
        pendingMoves++;
        runner.run(() -> roster.moveTo(meeting.id(), attendee.id(), targetIndex), moved -> {
            if (--pendingMoves == 0) {
                show(moved);
            }
        }, failure -> {
            pendingMoves--;
            fail(failure);
            reload();
        });
    }

    public void checkIn(Attendee attendee, CheckInStatus status) {
        runner.run(() -> {
            roster.checkIn(attendee.id(), status);
            return status;
        }, done -> reload(), this::fail);
    }

    private void reloadThen(Runnable after) {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            return;
        }
        runner.run(() -> roster.list(meeting.id()), loaded -> {
            show(loaded);
            after.run();
        }, this::fail);
    }

    /**
     * Shows a loaded list. Rows that are the same people in the same order are replaced one by one, so a
     * cell being edited, the selection and the focus survive the reload that follows every save.
     */
    private void show(List<Attendee> loaded) {
        if (loaded.size() == attendees.size() && java.util.stream.IntStream.range(0, loaded.size())
                .allMatch(i -> loaded.get(i).id().equals(attendees.get(i).id()))) {
            for (int i = 0; i < loaded.size(); i++) {
                if (!loaded.get(i).equals(attendees.get(i))) {
                    attendees.set(i, loaded.get(i));
                }
            }
        } else {
            attendees.setAll(loaded);
        }
        Set<String> duplicates = AttendeeRoster.duplicateNames(loaded);
        Set<Integer> ties = AttendeeRoster.tiedRanks(loaded);
        duplicateNames.clear();
        duplicateNames.addAll(duplicates);
        tiedRanks.clear();
        tiedRanks.addAll(ties);
        long arrived = loaded.stream().filter(a -> a.checkIn() == CheckInStatus.ARRIVED).count();
        long late = loaded.stream().filter(a -> a.checkIn() == CheckInStatus.LATE).count();
        long absent = loaded.stream().filter(a -> a.checkIn() == CheckInStatus.ABSENT).count();
        summary.set(i18n.format("attendee.summary", loaded.size(), arrived, late, absent));
        StringBuilder text = new StringBuilder();
        if (!duplicates.isEmpty()) {
            text.append(i18n.format("attendee.warning.duplicates", String.join(i18n.get("list.separator"), duplicates)));
        }
        if (!ties.isEmpty()) {
            if (text.length() > 0) {
                text.append("  ");
            }
            text.append(i18n.format("attendee.warning.ties",
                    String.join(i18n.get("list.separator"), ties.stream().map(String::valueOf).toList())));
        }
        warnings.set(text.toString());
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < attendees.size(); i++) {
            if (attendees.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void fail(Throwable failure) {
        dialogs.showError(i18n.get("error.title"), failures.describe(failure));
    }

    private static boolean matches(Attendee attendee, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return attendee.name().toLowerCase(Locale.ROOT).contains(needle)
                || attendee.organisation().toLowerCase(Locale.ROOT).contains(needle)
                || attendee.position().toLowerCase(Locale.ROOT).contains(needle)
                || PinyinInitials.matches(attendee.name(), needle);
    }
}
