package org.huiwu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.logic.export.BundleContents;
import org.huiwu.logic.export.BundleReader;
import org.huiwu.logic.export.BundleWriter;
import org.huiwu.logic.export.ExportFiles;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.export.MeetingRecord;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge summary and the conflict list after an attendee was renamed differently on another laptop. */
class ConflictListViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aRenamedAttendeeShowsBothNamesWithTheNameMarkedAsChanged() {
        try (ViewModelFixture fx = new ViewModelFixture(dir.resolve("data"))) {
            UUID meeting = fx.context.sampleMeeting().ensure();
            Path renamed = renamedElsewhere(fx, meeting);
            fx.dialogs.chooseFile(renamed).answerChoice(0);
            new MeetingExportViewModel(fx.context.exports(fx.i18n), fx.context.bundleMerger(), fx.runner, fx.dialogs,
                    fx.failures, fx.i18n, MeetingExportViewModel.FolderOpener.NONE).mergeBundles(() -> { });
            assertThat(fx.dialogs.information()).singleElement().satisfies(shown -> assertThat(shown.message())
                    .contains("1 conflicting records kept beside the local ones").contains("Merge conflicts…"));

            ConflictListViewModel model = new ConflictListViewModel(fx.context.exports(fx.i18n), fx.runner,
                    fx.failures, fx.i18n);
            model.load(meeting);
            assertThat(model.conflicts()).hasSize(1);
            assertThat(model.tableLabel(model.conflicts().get(0))).isEqualTo("Attendees");
            assertThat(model.statusProperty().get()).startsWith("1 merge conflicts");
            assertThat(model.fields().get(0)).satisfies(row -> {
                assertThat(row.field()).isEqualTo("Name");
                assertThat(row.changed()).isTrue();
                assertThat(row.incoming()).isEqualTo("Renamed on the other laptop");
                assertThat(row.local()).isNotEqualTo(row.incoming()).isNotEmpty();
            });
            assertThat(model.fields()).filteredOn(ConflictListViewModel.FieldRow::changed).hasSize(1);
        }
    }

    @Test
    void aMeetingWithoutConflictsSaysSo() {
        try (ViewModelFixture fx = new ViewModelFixture(dir.resolve("data"))) {
            ConflictListViewModel model = new ConflictListViewModel(fx.context.exports(fx.i18n), fx.runner,
                    fx.failures, fx.i18n);
            model.load(fx.context.sampleMeeting().ensure());
            assertThat(model.conflicts()).isEmpty();
            assertThat(model.fields()).isEmpty();
            assertThat(model.statusProperty().get()).isEqualTo("This meeting has no merge conflicts.");
        }
    }

    private Path renamedElsewhere(ViewModelFixture fx, UUID meeting) {
        Path bundle = fx.context.exports(fx.i18n).export(List.of(meeting), ExportFormat.BUNDLE, dir.resolve("out"),
                ExportMonitor.none()).get(0);
        BundleContents contents = new BundleReader().read(bundle);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>(contents.tables());
        Map<String, Object> attendee = new LinkedHashMap<>(tables.get("attendee").get(0));
        attendee.put("name", "Renamed on the other laptop");
        List<Map<String, Object>> attendees = new java.util.ArrayList<>(tables.get("attendee"));
        attendees.set(0, attendee);
        tables.put("attendee", attendees);
        Path edited = dir.resolve("other-laptop.huiwu");
        new BundleWriter(ExportFiles.onDisk(), dir.resolve("data"), ViewModelFixture.CLOCK, "test", () -> org.huiwu.logic.export.SigningKey.loadOrCreate(dir.resolve("other-key"), "其他电脑"))
                .write(new MeetingRecord(meeting, tables), edited, ExportMonitor.none());
        return edited;
    }
}
