package org.huiwu.ui.meetings;

import java.util.UUID;
import java.util.function.Consumer;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.meetings.MeetingChangedElsewhereException;
import org.huiwu.logic.meetings.MeetingEdit;
import org.huiwu.logic.meetings.MeetingMerge;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * Reading and writing the meeting the form shows, in the background: the meeting as loaded and the stored
 * version it was read at (decision 0031), the save (over that version once conflicts are resolved, asking
 * what to keep when another laptop stored the meeting meanwhile), the save of edits left behind by a
 * meeting change, and the early check of other features' rules. FX thread only; the work runs on the
 * {@link TaskRunner}.
 */
final class MeetingSaves {

    /** What the saves do to the form. */
    interface Form {
        /** Shows {@code meeting} in the fields as not changed. */
        void show(Meeting meeting);

        boolean dirty();

        /** How many edits the form has seen; a save remembers the count it was asked at. */
        long edits();

        /** Marks the form as changed again (a merged meeting still to be stored). */
        void changed();

        /** The form as it stood after {@code edits} edits is stored: no problem, dirty only if edited since. */
        void saved(long edits);

        void problem(String text);
    }

    private final MeetingCatalog catalog;
    private final AppState state;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final I18n i18n;
    private final Consumer<UUID> afterSave;
    private final Form form;

    private Meeting loaded;
    /** The stored version {@link #loaded} was read at; -1 until read, or for a new meeting. */
    private int loadedVersion = -1;
    private MeetingConflicts conflicts;
    /** A versioned save is on its way; another one waits in {@link #waiting} so it is stored over the new version. */
    private boolean storing;
    private Meeting waiting;
    private long waitingEdits;
    /** The last versioned save's result, set on the database thread as it is stored (before the FX thread hears). */
    private volatile MeetingEdit lastStored;
    private final MeetingLeftBehind leftBehind;

    MeetingSaves(MeetingCatalog catalog, AppState state, TaskRunner runner, FailureMessages failures, I18n i18n,
            Consumer<UUID> afterSave, Form form) {
        this.catalog = catalog;
        this.state = state;
        this.runner = runner;
        this.failures = failures;
        this.i18n = i18n;
        this.afterSave = afterSave;
        this.form = form;
        this.leftBehind = new MeetingLeftBehind(catalog.unattended(), state, runner, failures, i18n);
    }

    void resolveConflictsWith(DialogService dialogs) {
        conflicts = new MeetingConflicts(dialogs, i18n);
    }

    Meeting loaded() {
        return loaded;
    }

    /** Shows {@code meeting} and reads in the background the version it is stored at. */
    void load(Meeting meeting) {
        loaded = meeting;
        form.show(meeting);
        loadedVersion = -1;
        if (meeting != null) {
            readVersion(meeting.id());
        }
    }

    /** Reads the version {@link #loaded} is stored at, and shows the stored meeting when the form is not changed. */
    private void readVersion(UUID id) {
        runner.run(() -> catalog.edit(id), stored -> stored.ifPresent(edit -> {
            if (loaded != null && loaded.id().equals(id) && loadedVersion < 0) {
                loadedVersion = edit.version();
                if (!form.dirty() && !edit.meeting().equals(loaded)) {
                    form.show(edit.meeting());
                }
            }
        }), failure -> { });
    }

    void save(Meeting edited) {
        save(edited, form.edits());
    }

    private void save(Meeting edited, long edits) {
        if (storing) {
            waiting = edited;
            waitingEdits = edits;
            return;
        }
        if (conflicts != null && loadedVersion >= 0) {
            storing = true;
            store(edited, loadedVersion, edits);
            return;
        }
        runner.run(() -> catalog.save(edited), saved -> {
            if (loaded != null && loaded.id().equals(saved.id())) {
                loaded = saved;
                loadedVersion = -1;
                readVersion(saved.id());
            }
            form.saved(edits);
            state.statusProperty().set(i18n.format("meeting.saved", saved.title()));
            afterSave.accept(saved.id());
        }, failure -> form.problem(failures.describe(failure)));
    }

    /** Runs the other features' rules on {@code edited}, so a refusal shows before the form is saved. */
    void check(Meeting edited) {
        runner.run(() -> {
            catalog.check(edited);
            return edited;
        }, passed -> { }, failure -> form.problem(failures.describe(failure)));
    }

    /**
     * Keeps the edits of a meeting the user switched away from, or of the form as the window closes (after any
     * save still on its way, on the same database thread); {@code edited} is null when they cannot be read. Stored
     * over the version the form was read at without a question (decision 0039, {@link MeetingLeftBehind}).
     */
    void saveLeftBehind(Meeting edited) {
        if (edited == null) {
            state.statusProperty().set(i18n.get("meeting.autosave.failed"));
            return;
        }
        leftBehind.save(loaded, edited, loadedVersion, () -> lastStored);
    }

    /**
     * Saves over the meeting as loaded at {@code version} ({@link MeetingCatalog#saveOver}, queued while the venue
     * server is away, decision 0038); when another laptop stored the meeting since, asks what to keep and saves that.
     * Runs while {@link #storing}; {@link #stored()} ends it.
     */
    private void store(Meeting edited, int version, long edits) {
        Meeting seen = loaded;
        runner.run(() -> lastStored = seen == null ? catalog.saveAtVersion(edited, version)
                : catalog.saveOver(seen, edited, version), saved -> {
            if (loaded == null || !loaded.id().equals(saved.meeting().id())) {
                stored();
                return;
            }
            loaded = saved.meeting();
            loadedVersion = saved.version();
            form.saved(edits);
            state.statusProperty().set(i18n.format("meeting.saved", saved.meeting().title()));
            afterSave.accept(saved.meeting().id());
            stored();
        }, failure -> {
            if (failure instanceof MeetingChangedElsewhereException elsewhere) {
                decide(edited, elsewhere.stored());
            } else {
                form.problem(failures.describe(failure));
                stored();
            }
        });
    }

    /** The versioned save is done: the save that waited for it goes next, over the version just stored. */
    private void stored() {
        storing = false;
        Meeting next = waiting;
        waiting = null;
        if (next != null && loaded != null && next.id().equals(loaded.id())) {
            save(next, waitingEdits);
        }
    }

    private void decide(Meeting edited, MeetingEdit theirs) {
        Meeting decided = conflicts.decide(MeetingMerge.of(loaded, edited, theirs.meeting()));
        waiting = null; // a save asked for while the question was open is older than the answer
        if (decided == null) {
            form.problem(i18n.get("live.conflict.title"));
            stored();
            return;
        }
        loaded = theirs.meeting();
        loadedVersion = theirs.version();
        form.show(decided);
        if (decided.equals(theirs.meeting())) {
            afterSave.accept(decided.id());
            stored();
        } else {
            form.changed();
            store(decided, theirs.version(), form.edits());
        }
    }
}
