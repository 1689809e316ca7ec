package org.huiwu.ui.attendees;

import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.AttendeeEdit;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.EnumLabels;
import org.huiwu.ui.common.MergeQuestion;

/**
 * Settles an attendee edit refused because another laptop stored the person first (decision 0031): the editor is
 * shown, in their language, both values of each field both changed and what the other changed alone, and keeps
 * theirs or mine; what they decide is saved again over the version just read. A person removed elsewhere is said
 * so. Closing the dialog writes nothing and names the unsaved values in the status bar. FX thread only.
 */
final class AttendeeConflicts {

    private final MergeQuestion question;
    private final DialogService dialogs;
    private final AppState state;
    private final I18n i18n;
    private final EnumLabels labels;

    AttendeeConflicts(DialogService dialogs, AppState state, I18n i18n) {
        this.question = new MergeQuestion(dialogs, i18n);
        this.dialogs = dialogs;
        this.state = state;
        this.i18n = i18n;
        this.labels = new EnumLabels(i18n);
    }

    /**
     * Asks what to keep after {@code refused}; {@code saveAgain} gets the stored attendee (the new base) and the
     * decided one when there is something to write. Returns whether it was called (otherwise the table shows the
     * stored list again).
     */
    boolean settle(AttendeeEdit refused, Attendee mine, BiConsumer<Attendee, Attendee> saveAgain) {
        Attendee theirs = refused.stored();
        if (theirs == null) {
            dialogs.showInformation(i18n.get("live.conflict.title"),
                    i18n.format("attendee.conflict.removed", mine.name()));
            return false;
        }
        Attendee decided = question.decide(refused.conflict(), theirs.name(), this::shown);
        if (decided == null) {
            state.statusProperty().set(i18n.format("attendee.conflict.notSaved", theirs.name(),
                    refused.conflict().clashes().stream().map(f -> i18n.format("attendee.conflict.value",
                            i18n.get(f.labelKey()), shown(f.of(mine)))).collect(Collectors.joining(
                            i18n.get("live.conflict.and")))));
        } else if (decided.equals(theirs)) {
            state.statusProperty().set(i18n.format("attendee.conflict.tookTheirs", theirs.name()));
        } else {
            saveAgain.accept(theirs, decided);
            return true;
        }
        return false;
    }

    private String shown(Object value) {
        if (value instanceof AttendeeRole role) {
            return labels.of(role);
        }
        if (value instanceof Side side) {
            return labels.of(side);
        }
        if (value instanceof CheckInStatus status) {
            return labels.of(status);
        }
        return String.valueOf(value);
    }
}
