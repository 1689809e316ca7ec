package org.huiwu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.huiwu.logic.export.ExportFolders;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.ViewModelFixture;
import org.huiwu.ui.export.MeetingSelection.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog without a toolkit: picked meetings or a date range, format, folder, and what is missing. */
class ExportChoiceViewModelTest {

    @TempDir
    Path dir;

    private ViewModelFixture fx;
    private Meeting sample;
    private Meeting nextMonth;
    private ExportChoiceViewModel model;
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void threeMeetings() {
        fx = new ViewModelFixture(dir.resolve("data"));
        sample = fx.context.meetings().find(fx.context.sampleMeeting().ensure()).orElseThrow();
        fx.context.meetings().save(fx.context.meetings().draft("Budget hearing").withTitleAndDate("Budget hearing",
                sample.date()));
        nextMonth = fx.context.meetings().save(fx.context.meetings().draft("Forum").withTitleAndDate("Forum",
                sample.date().plusMonths(1)));
        model = dialogModel();
        model.load(sample);
    }

    private ExportChoiceViewModel dialogModel() {
        return new ExportChoiceViewModel(fx.context.meetings(), new MeetingExportViewModel(fx.context.exports(fx.i18n),
                fx.context.bundleMerger(), fx.runner, fx.dialogs, fx.failures, fx.i18n, opened::add), fx.runner,
                fx.dialogs, fx.failures, fx.i18n, new ExportFolders(fx.context.preferences(), dir.resolve("home")));
    }

    private Path out() {
        try {
            return Files.createDirectories(dir.resolve("out"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Asks for the export; true when it started (the immediate runner checks the folder at once). */
    private boolean exportStarts() {
        boolean[] started = {false};
        model.export(() -> started[0] = true);
        return started[0];
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theCurrentMeetingIsPickedAndExportedIntoTheChosenFolder() throws Exception {
        assertThat(model.shownMeetings()).hasSize(3);
        assertThat(model.summaryProperty().get()).isEqualTo("1 meetings picked.");
        fx.dialogs.chooseFolderAnswer(out());
        model.chooseFolder();
        model.formatProperty().set(ExportFormat.BUNDLE);
        assertThat(exportStarts()).isTrue();
        assertThat(fx.dialogs.errors()).isEmpty();
        assertThat(files(dir.resolve("out"))).singleElement().satisfies(name -> assertThat(name).endsWith(".huiwu"));
    }

    @Test
    void theSearchNarrowsTheListAndTickingAllTicksOnlyWhatIsShown() throws Exception {
        model.searchProperty().set("budget");
        assertThat(model.shownMeetings()).extracting(MeetingChoice::title).containsExactly("Budget hearing");
        model.chooseAllShown(true);
        model.searchProperty().set("");
        assertThat(model.summaryProperty().get()).isEqualTo("2 meetings picked.");
        model.folderProperty().set(out());
        model.formatProperty().set(ExportFormat.BUNDLE);
        assertThat(exportStarts()).isTrue();
        assertThat(files(dir.resolve("out"))).hasSize(2);
    }

    @Test
    void aDateRangeIncludesBothDaysAndSaysHowManyMeetingsFallInIt() throws Exception {
        model.scopeProperty().set(Scope.DATE_RANGE);
        assertThat(model.rangeCountProperty().get()).isEqualTo(2);
        model.fromProperty().set(sample.date().plusDays(1));
        model.toProperty().set(nextMonth.date());
        assertThat(model.rangeCountProperty().get()).isEqualTo(1);
        assertThat(model.summaryProperty().get()).isEqualTo("1 meetings in this date range.");
        model.fromProperty().set(sample.date());
        assertThat(model.rangeCountProperty().get()).isEqualTo(3);
        model.folderProperty().set(out());
        model.formatProperty().set(ExportFormat.BUNDLE);
        assertThat(exportStarts()).isTrue();
        assertThat(files(dir.resolve("out"))).hasSize(3);
    }

    @Test
    void anEmptyChoiceSaysWhatIsMissingAndExportsNothing() {
        int jobsBefore = fx.runner.jobs();
        model.folderProperty().set(out());
        model.chooseAllShown(false);
        assertThat(exportStarts()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Tick at least one meeting.");
        model.scopeProperty().set(Scope.DATE_RANGE);
        assertThat(model.problemProperty().get()).isEmpty();
        model.fromProperty().set(LocalDate.of(2001, 1, 1));
        model.toProperty().set(LocalDate.of(2001, 1, 31));
        assertThat(exportStarts()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("No meeting falls in this date range; change the dates.");
        model.toProperty().set(LocalDate.of(2000, 1, 1));
        assertThat(exportStarts()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("The start date is after the end date.");
        model.scopeProperty().set(Scope.PICKED);
        model.chooseAllShown(true);
        model.folderProperty().set(null);
        assertThat(exportStarts()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Choose the folder to save into.");
        assertThat(fx.runner.jobs()).isEqualTo(jobsBefore);
        assertThat(fx.dialogs.information()).isEmpty();
    }

    @Test
    void theFolderDefaultsToDocumentsHuiwuExportsAndThenToTheLastOneUsed() throws Exception {
        Path documents = Files.createDirectories(dir.resolve("home").resolve("Documents"));
        model = dialogModel();
        model.load(sample);
        assertThat(model.folderProperty().get()).isEqualTo(documents.resolve("Huiwu exports")).isDirectory();
        assertThat(model.folderTextProperty().get()).isEqualTo(documents.resolve("Huiwu exports").toString());

        model.folderTextProperty().set(out().toString());
        model.formatProperty().set(ExportFormat.BUNDLE);
        assertThat(exportStarts()).isTrue();
        ExportChoiceViewModel next = dialogModel();
        next.load(sample);
        assertThat(next.folderProperty().get()).isEqualTo(out());
    }

    @Test
    void aTypedFolderIsCheckedAndTheMessageGoesWhenAnotherIsChosen() throws Exception {
        model.folderTextProperty().set(dir.resolve("nowhere").toString());
        assertThat(exportStarts()).isFalse();
        assertThat(model.problemProperty().get()).contains("does not exist").contains("nowhere");
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        model.folderTextProperty().set(file.toString());
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(exportStarts()).isFalse();
        assertThat(model.problemProperty().get()).contains("is a file");
        fx.dialogs.chooseFolderAnswer(out());
        model.chooseFolder();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.folderTextProperty().get()).isEqualTo(out().toString());
        model.formatProperty().set(ExportFormat.BUNDLE);
        assertThat(exportStarts()).isTrue();
        assertThat(files(out())).hasSize(1);
    }

    @Test
    void afterTheExportTheFolderCanBeOpened() throws Exception {
        fx.dialogs.answerChoice(0);
        model.folderTextProperty().set(out().toString());
        model.formatProperty().set(ExportFormat.BUNDLE);
        assertThat(exportStarts()).isTrue();
        assertThat(fx.dialogs.questions()).singleElement().satisfies(q -> assertThat(q.message()).startsWith("Exported 1"));
        assertThat(opened).containsExactly(out());
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    @Test
    void aFolderChangedWhileTheOldOneIsCheckedStartsNothingUntilExportIsPressedAgain() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                    java.util.function.Consumer<Throwable> onFailure) {
                queued.add(() -> fx.runner.run(work, onSuccess, onFailure));
            }

            @Override
            public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress,
                    java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
                return fx.runner.runWithProgress(work, progress, onSuccess, onFailure);
            }
        };
        ExportChoiceViewModel slow = new ExportChoiceViewModel(fx.context.meetings(), new MeetingExportViewModel(
                fx.context.exports(fx.i18n), fx.context.bundleMerger(), fx.runner, fx.dialogs, fx.failures, fx.i18n,
                opened::add), later, fx.dialogs, fx.failures, fx.i18n,
                new ExportFolders(fx.context.preferences(), dir.resolve("home")));
        slow.load(sample);
        runAll(queued);
        slow.folderProperty().set(dir.resolve("no-such-folder"));
        slow.formatProperty().set(ExportFormat.BUNDLE);
        boolean[] started = {false};

        slow.export(() -> started[0] = true);
        assertThat(slow.checkingProperty().get()).isTrue();
        slow.folderProperty().set(out());
        runAll(queued);

        assertThat(started[0]).isFalse();
        assertThat(slow.checkingProperty().get()).isFalse();
        assertThat(slow.problemProperty().get()).as("the old folder's problem is not shown").isEmpty();
        slow.export(() -> started[0] = true);
        runAll(queued);
        assertThat(started[0]).isTrue();
        assertThat(files(dir.resolve("out"))).singleElement().satisfies(name -> assertThat(name).endsWith(".huiwu"));
    }

    private static void runAll(List<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }
}
