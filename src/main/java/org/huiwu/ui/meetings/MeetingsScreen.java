package org.huiwu.ui.meetings;

import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.live.Change;
import org.huiwu.persistence.FeedsChanges;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.Screen;
import org.huiwu.ui.common.TaskRunner;

/**
 * The meetings feature in the main window: the meeting list beside the workspace (shown at start), the
 * meeting's details tab ({@link #details()}, built when first shown) and the Meeting menu's own commands.
 * FX thread only.
 */
public final class MeetingsScreen extends LazyScreen {

    /** What the meeting screens work with, from the composition root. */
    public record Services(MeetingCatalog catalog, SampleMeeting sample, TaskRunner runner, DialogService dialogs,
            FailureMessages failures) {
    }

    private final MeetingListViewModel list;
    private final MeetingFormViewModel form;
    private final I18n i18n;
    private final LazyScreen details;

    /** @param listed how many attendees the open meeting lists (shown by the details form) */
    public MeetingsScreen(Services services, AppState state, I18n i18n, ObservableIntegerValue listed) {
        super("meetingList", i18n.get("menu.meeting"), Place.SIDE);
        this.i18n = i18n;
        list = new MeetingListViewModel(services.catalog(), services.sample(), state, services.runner(),
                services.dialogs(), services.failures(), i18n);
        form = new MeetingFormViewModel(services.catalog(), state, services.runner(), services.failures(), i18n,
                list::refreshAndSelect);
        form.followListed(listed);
        form.resolveConflictsWith(services.dialogs());
        details = new LazyScreen("detailsTab", i18n.get("workspace.tab.details"), Place.MEETING_TAB) {
            @Override
            protected Node build() {
                return new MeetingFormView(form, i18n);
            }
        };
        var meetingOpen = state.currentMeetingProperty().isNotNull();
        command(Command.of("menuNewMeeting", i18n.get("menu.meeting.new"), list::createMeeting)
                .keys("Shortcut+N").inMenu("menu.meeting", 10));
        command(Command.of("menuSaveMeeting", i18n.get("menu.meeting.save"), () -> formView().save())
                .keys("Shortcut+S").enabledWhen(meetingOpen).inMenu("menu.meeting", 20));
        command(Command.of("menuDuplicateMeeting", i18n.get("menu.meeting.duplicate"), list::duplicateSelected)
                .keys("Shortcut+D").enabledWhen(meetingOpen).inMenu("menu.meeting", 30));
        command(Command.of("menuDeleteMeeting", i18n.get("menu.meeting.delete"), list::deleteSelected)
                .enabledWhen(meetingOpen).inMenu("menu.meeting", 40));
        command(Command.of("menuFindMeeting", i18n.get("menu.meeting.find"), () -> listView().focusSearch())
                .keys("Shortcut+F").inMenu("menu.meeting", 50));
        command(Command.of("menuSampleMeeting", i18n.get("menu.meeting.sample"), list::openSample)
                .inMenu("menu.meeting", 800).separatedBefore());
    }

    @Override
    protected Node build() {
        return new MeetingListView(list, i18n);
    }

    private MeetingListView listView() {
        return (MeetingListView) node();
    }

    private MeetingFormView formView() {
        return (MeetingFormView) details.node();
    }

    /** The open meeting's details tab. */
    public Screen details() {
        return details;
    }

    /** Where each meeting's stage comes from (the flow); the list shows it under the meeting. */
    public void followStages(java.util.function.Supplier<java.util.Map<java.util.UUID, org.huiwu.model.flow.Stage>> source) {
        list.followStages(source);
    }

    /** Reloads every meeting's stage (after a stage closed). */
    public void refreshStages() {
        list.refreshStages();
    }

    /** Reloads the list (after a merge brought meetings in). */
    public void refresh() {
        list.refresh();
    }

    /**
     * The live poll's changes of any meeting: when one is a meeting stored or deleted on another laptop (or in
     * another window), the list is read again with the open meeting kept open ({@link
     * MeetingListViewModel#storedElsewhere()}).
     */
    public void changed(java.util.List<Change> changes) {
        if (changes.stream().anyMatch(c -> FeedsChanges.MEETING.equals(c.kind()))) {
            list.storedElsewhere();
        }
    }

    /** Reloads the list and opens the meeting with {@code id}, or none. */
    public void refreshAndSelect(java.util.UUID id) {
        list.refreshAndSelect(id);
    }
}
