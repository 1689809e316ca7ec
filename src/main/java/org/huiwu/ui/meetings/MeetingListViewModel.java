package org.huiwu.ui.meetings;

import java.util.Locale;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.TaskRunner;

/**
 * The meeting list: loading, searching, creating, duplicating, deleting and opening the sample
 * meeting. The selection is the app's current meeting. FX thread only; storage work goes through the
 * {@link TaskRunner}.
 */
public final class MeetingListViewModel {

    private final MeetingCatalog catalog;
    private final SampleMeeting sample;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;

    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final FilteredList<Meeting> visibleMeetings = new FilteredList<>(meetings);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final javafx.collections.ObservableMap<UUID, String> stageLabels = FXCollections.observableHashMap();
    private java.util.function.Supplier<java.util.Map<UUID, org.huiwu.model.flow.Stage>> stages = java.util.Map::of;

    public MeetingListViewModel(MeetingCatalog catalog, SampleMeeting sample, AppState state, TaskRunner runner,
            DialogService dialogs, FailureMessages failures, I18n i18n) {
        this.catalog = catalog;
        this.sample = sample;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        search.addListener((obs, old, text) -> visibleMeetings.setPredicate(m -> matches(m, text)));
    }

    public ObservableList<Meeting> visibleMeetings() {
        return visibleMeetings;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Meeting> selectedMeetingProperty() {
        return state.currentMeetingProperty();
    }

    /** True when there is no meeting at all: the list then offers the sample meeting. */
    public BooleanBinding emptyProperty() {
        return Bindings.isEmpty(meetings);
    }

    public BooleanBinding noSelectionProperty() {
        return state.currentMeetingProperty().isNull();
    }

    /** Loads the list from the database, keeping the current meeting selected when it still exists. */
    public void refresh() {
        refreshAndSelect(state.currentMeeting() == null ? null : state.currentMeeting().id());
    }

    /**
     * Reads the list again after another laptop or window stored or deleted a meeting. The open meeting stays open,
     * as stored now (its form keeps what is being typed, {@link MeetingFormViewModel}); when it was deleted there,
     * no meeting is open and the status line says so. A failed read changes nothing: the live status line already
     * tells that the store cannot be reached.
     */
    public void storedElsewhere() {
        runner.run(catalog::list, loaded -> {
            Meeting open = state.currentMeeting();
            Meeting stored = open == null ? null
                    : loaded.stream().filter(m -> m.id().equals(open.id())).findFirst().orElse(null);
            if (open != null && stored != null) {
                state.currentMeetingProperty().set(stored);
            }
            meetings.setAll(loaded);
            state.currentMeetingProperty().set(stored);
            if (open != null && stored == null) {
                state.statusProperty().set(i18n.format("meeting.deletedElsewhere", open.title()));
            }
            refreshStages();
        }, failure -> { });
    }

    public void createMeeting() {
        Meeting draft = catalog.draft(i18n.get("meeting.new.title"));
        runner.run(() -> catalog.save(draft), saved -> refreshAndSelect(saved.id()), this::fail);
    }

    public void duplicateSelected() {
        Meeting selected = state.currentMeeting();
        if (selected == null) {
            return;
        }
        runner.run(() -> catalog.duplicate(selected.id()), copy -> {
            refreshAndSelect(copy.id());
            state.statusProperty().set(i18n.format("meeting.duplicated", i18n.date(copy.date())));
        }, this::fail);
    }

    public void deleteSelected() {
        Meeting selected = state.currentMeeting();
        if (selected == null || !dialogs.confirm(i18n.get("meeting.delete.title"),
                i18n.format("meeting.delete.question", selected.title()))) {
            return;
        }
        runner.run(() -> catalog.delete(selected.id()), deleted -> {
            state.currentMeetingProperty().set(null);
            refreshAndSelect(null);
        }, this::fail);
    }

    public void openSample() {
        runner.run(sample::ensure, this::refreshAndSelect, this::fail);
    }

    /** Reloads and selects the meeting with {@code id} (none when null or gone). */
    public void refreshAndSelect(UUID id) {
        runner.run(catalog::list, loaded -> {
            meetings.setAll(loaded);
            Meeting match = id == null ? null
                    : loaded.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
            state.currentMeetingProperty().set(match);
            refreshStages();
        }, this::fail);
    }

    /** Where each meeting's stage comes from (the flow); the list shows it under the meeting. */
    public void followStages(java.util.function.Supplier<java.util.Map<UUID, org.huiwu.model.flow.Stage>> source) {
        stages = source;
        refreshStages();
    }

    /** Reloads every meeting's stage (after a stage closed). */
    public void refreshStages() {
        runner.run(stages::get, loaded -> {
            stageLabels.clear();
            loaded.forEach((id, stage) -> stageLabels.put(id, i18n.get(stage.labelKey())));
        }, this::fail);
    }

    /** Each meeting's stage label, by meeting id (a meeting not listed is at booking). */
    public javafx.collections.ObservableMap<UUID, String> stageLabels() {
        return stageLabels;
    }

    private void fail(Throwable failure) {
        dialogs.showError(i18n.get("error.title"), failures.describe(failure));
    }

    private static boolean matches(Meeting meeting, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return meeting.title().toLowerCase(Locale.ROOT).contains(needle)
                || meeting.venue().toLowerCase(Locale.ROOT).contains(needle)
                || meeting.date().toString().contains(needle);
    }
}
