package org.huiwu.ui.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.logic.export.MergeConflict;
import org.huiwu.logic.export.MergeConflicts;
import org.huiwu.logic.export.RecordLabels;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * "Meeting → Merge conflicts…": the incoming rows kept beside local ones for the current meeting, and for
 * the selected one every field with the local and the incoming value side by side, the differing fields
 * marked. FX thread only; the conflicts are read on the task runner's thread.
 */
public final class ConflictListViewModel {

    /** One field of the selected conflict: its name, the two values, and whether they differ. */
    public record FieldRow(String field, String local, String incoming, boolean changed) {
    }

    private final MeetingExports exports;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final I18n i18n;
    private final MergeConflicts reader = new MergeConflicts();
    private final RecordLabels labels;
    private final ObservableList<MergeConflict> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<MergeConflict> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public ConflictListViewModel(MeetingExports exports, TaskRunner runner, FailureMessages failures, I18n i18n) {
        this.exports = exports;
        this.runner = runner;
        this.failures = failures;
        this.i18n = i18n;
        this.labels = new RecordLabels(i18n);
        selected.addListener((o, was, now) -> fields.setAll(now == null ? List.of() : rows(now)));
    }

    /** Reads the conflicts of the meeting and selects the newest. */
    public void load(UUID meetingId) {
        runner.run(() -> reader.of(exports.record(meetingId)), list -> {
            conflicts.setAll(list);
            status.set(list.isEmpty() ? i18n.get("export.conflicts.none")
                    : i18n.format("export.conflicts.count", list.size()));
            selected.set(list.isEmpty() ? null : list.get(0));
        }, failure -> status.set(failures.describe(failure)));
    }

    public ObservableList<MergeConflict> conflicts() {
        return conflicts;
    }

    public ObjectProperty<MergeConflict> selectedProperty() {
        return selected;
    }

    /** The fields of the selected conflict, differing ones first. */
    public ObservableList<FieldRow> fields() {
        return fields;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The kind of record the conflict is about, in the user's language. */
    public String tableLabel(MergeConflict conflict) {
        return labels.table(conflict.table());
    }

    private List<FieldRow> rows(MergeConflict conflict) {
        Set<String> names = new LinkedHashSet<>(conflict.changed());
        names.addAll(conflict.incoming().keySet());
        names.addAll(conflict.local().keySet());
        List<FieldRow> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new FieldRow(labels.field(name), text(conflict.local().get(name)), text(conflict.incoming().get(name)),
                    conflict.changed().contains(name)));
        }
        return rows;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
