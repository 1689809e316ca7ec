package org.huiwu.ui.meetings;

import java.time.LocalDateTime;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.meetings.MeetingEdit;
import org.huiwu.logic.meetings.UnattendedSave;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.EnumLabels;
import org.huiwu.ui.common.TaskRunner;

/**
 * Stores the meeting form's edits that are left behind — by a change of meeting or by closing the window — when no
 * question can be asked (decision 0039): over the version the form was read at (or the one its own last save
 * stored), merged without a question when another laptop stored the meeting since ({@link UnattendedSave}); a field
 * both changed keeps the stored value and this editor's value goes into the meeting's notes, worded here in the
 * user's language; the status bar says what happened. FX thread only; the work runs on the {@link TaskRunner}.
 */
final class MeetingLeftBehind {

    private final UnattendedSave saves;
    private final AppState state;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final I18n i18n;
    private final EnumLabels labels;

    MeetingLeftBehind(UnattendedSave saves, AppState state, TaskRunner runner, FailureMessages failures, I18n i18n) {
        this.saves = saves;
        this.state = state;
        this.runner = runner;
        this.failures = failures;
        this.i18n = i18n;
        this.labels = new EnumLabels(i18n);
    }

    /**
     * Stores {@code mine}, edited from {@code base} read at {@code version} (negative: not known yet); when the
     * form's own last save, still on its way, stored a later version of the same meeting, the edit is made over that.
     */
    void save(Meeting base, Meeting mine, int version, Supplier<MeetingEdit> ownLastSave) {
        runner.run(() -> {
            Meeting from = base;
            int at = version;
            MeetingEdit own = ownLastSave.get();
            if (own != null && own.meeting().id().equals(mine.id()) && own.version() > at) {
                from = own.meeting();
                at = own.version();
            }
            return saves.save(from, mine, at, this::note);
        }, outcome -> {
            String title = outcome.stored().meeting().title();
            if (outcome.keptTheirs().isEmpty()) {
                state.statusProperty().set(i18n.format("meeting.saved", title));
            } else {
                state.statusProperty().set(i18n.format(outcome.noted() ? "meeting.unattended.kept"
                        : "meeting.unattended.logged", title, outcome.keptTheirs().size()));
            }
        }, failure -> state.statusProperty().set(failures.describe(failure)));
    }

    /** The notes line keeping this editor's values of the fields both laptops changed (storage thread; no FX). */
    private String note(FieldMerge<Meeting> merge, LocalDateTime at) {
        String lines = merge.clashes().stream().map(field -> i18n.format("meeting.unattended.line",
                i18n.get(field.labelKey()), MeetingConflicts.shown(i18n, labels, field.of(merge.mine()))))
                .collect(Collectors.joining(i18n.get("meeting.unattended.separator")));
        return i18n.format("meeting.unattended.note", i18n.dateTime(at), lines);
    }
}
