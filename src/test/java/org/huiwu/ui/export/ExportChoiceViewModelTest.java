package org.huiwu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.huiwu.logic.export.ExportFormat;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.ViewModelFixture;
import org.huiwu.ui.export.ExportChoiceViewModel.Scope;
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

    @BeforeEach
    void threeMeetings() {
        fx = new ViewModelFixture(dir.resolve("data"));
        sample = fx.context.meetings().find(fx.context.sampleMeeting().ensure()).orElseThrow();
        fx.context.meetings().save(fx.context.meetings().draft("Budget hearing").withTitleAndDate("Budget hearing",
                sample.date()));
        nextMonth = fx.context.meetings().save(fx.context.meetings().draft("Forum").withTitleAndDate("Forum",
                sample.date().plusMonths(1)));
        model = new ExportChoiceViewModel(fx.context.meetings(), new MeetingExportViewModel(fx.context.exports(fx.i18n),
                fx.context.bundleMerger(), fx.runner, fx.dialogs, fx.failures, fx.i18n), fx.runner, fx.dialogs,
                fx.failures, fx.i18n);
        model.load(sample);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theCurrentMeetingIsPickedAndExportedIntoTheChosenFolder() throws Exception {
        assertThat(model.shownMeetings()).hasSize(3);
        assertThat(model.summaryProperty().get()).isEqualTo("1 meetings picked.");
        fx.dialogs.chooseFolderAnswer(dir.resolve("out"));
        model.chooseFolder();
        model.formatProperty().set(ExportFormat.BUNDLE);
        assertThat(model.export()).isTrue();
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
        model.folderProperty().set(dir.resolve("out"));
        model.formatProperty().set(ExportFormat.BUNDLE);
        assertThat(model.export()).isTrue();
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
        model.folderProperty().set(dir.resolve("out"));
        model.formatProperty().set(ExportFormat.BUNDLE);
        assertThat(model.export()).isTrue();
        assertThat(files(dir.resolve("out"))).hasSize(3);
    }

    @Test
    void anEmptyChoiceSaysWhatIsMissingAndExportsNothing() {
        int jobsBefore = fx.runner.jobs();
        model.folderProperty().set(dir.resolve("out"));
        model.chooseAllShown(false);
        assertThat(model.export()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Tick at least one meeting.");
        model.scopeProperty().set(Scope.DATE_RANGE);
        assertThat(model.problemProperty().get()).isEmpty();
        model.fromProperty().set(LocalDate.of(2001, 1, 1));
        model.toProperty().set(LocalDate.of(2001, 1, 31));
        assertThat(model.export()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("No meeting falls in this date range; change the dates.");
        model.toProperty().set(LocalDate.of(2000, 1, 1));
        assertThat(model.export()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("The start date is after the end date.");
        model.scopeProperty().set(Scope.PICKED);
        model.chooseAllShown(true);
        model.folderProperty().set(null);
        assertThat(model.export()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Choose the folder to save into.");
        assertThat(fx.runner.jobs()).isEqualTo(jobsBefore);
        assertThat(fx.dialogs.information()).isEmpty();
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
