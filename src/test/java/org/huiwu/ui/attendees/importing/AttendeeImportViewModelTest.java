package org.huiwu.ui.attendees.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.meeting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.logic.attendees.ImportMode;
import org.huiwu.logic.attendees.importing.AttendeeField;
import org.huiwu.logic.attendees.importing.ImportProblem;
import org.huiwu.logic.attendees.importing.ImportProblemCode;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AttendeeImportViewModel} without the FX toolkit, on a real database and CSV files in a test
 * folder: reading, the recognised columns, re-checking after a mapping change, and the import.
 */
class AttendeeImportViewModelTest {

    @TempDir
    Path dir;

    private ViewModelFixture fx;
    private Meeting meeting;
    private AttendeeImportViewModel importing;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture(dir.resolve("data"));
        meeting = fx.context.meetings().save(meeting("常务会议", LocalDate.of(2025, 3, 12)));
        importing = new AttendeeImportViewModel(fx.context.attendeeImport(), meeting.id(), fx.runner, fx.failures,
                fx.dialogs, fx.i18n);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void loadingAGoodFileRecognisesTheColumnsAndCanImport() throws IOException {
        importing.load(goodFile(), null);

        assertThat(importing.columns()).extracting(ColumnChoice::caption).containsExactly("姓名", "单位", "职务", "位次");
        assertThat(importing.columns()).extracting(c -> c.fieldProperty().get()).containsExactly(AttendeeField.NAME,
                AttendeeField.ORGANISATION, AttendeeField.POSITION, AttendeeField.RANK);
        assertThat(importing.headerRowProperty().get()).isTrue();
        assertThat(importing.rows()).hasSize(3);
        assertThat(importing.problems()).isEmpty();
        assertThat(importing.canImportProperty().get()).isTrue();
        assertThat(importing.busyProperty().get()).isFalse();
        assertThat(importing.verdictProperty().get()).isEqualTo(fx.i18n.format("import.verdict.ready", 3));
        assertThat(importing.sourceDescriptionProperty().get()).contains("list.csv");
    }

    @Test
    void ignoringTheNameColumnGivesErrorsAndBlocksTheImport() throws IOException {
        importing.load(goodFile(), null);

        importing.columns().get(0).fieldProperty().set(null);

        assertThat(importing.previewProperty().get().hasErrors()).isTrue();
        assertThat(importing.canImportProperty().get()).isFalse();
        assertThat(importing.problems()).isNotEmpty();
        assertThat(importing.previewProperty().get().fileProblems()).extracting(ImportProblem::code)
                .containsExactly(ImportProblemCode.NAME_COLUMN_MISSING);
        assertThat(importing.verdictProperty().get()).isEqualTo(fx.i18n.format("import.verdict.errors", 0L,
                importing.previewProperty().get().problems().size()));
    }

    @Test
    void mappingTheNameColumnAgainMakesTheImportPossibleAgain() throws IOException {
        importing.load(goodFile(), null);
        importing.columns().get(0).fieldProperty().set(null);

        importing.columns().get(0).fieldProperty().set(AttendeeField.NAME);

        assertThat(importing.canImportProperty().get()).isTrue();
    }

    @Test
    void importAllWritesEveryRowAndReportsTheCount() throws IOException {
        importing.load(goodFile(), null);
        List<Integer> counts = new ArrayList<>();

        importing.importAll(counts::add);

        assertThat(counts).containsExactly(3);
        assertThat(fx.context.roster().list(meeting.id())).extracting(Attendee::name)
                .containsExactly("王建国", "李文华", "周卫东");
        assertThat(importing.busyProperty().get()).isFalse();
    }

    @Test
    void fileWithABadRowShowsItsErrorsAndImportsNothing() throws IOException {
        Path bad = csv("姓名,位次", "王建国,1", "王".repeat(5000) + ",2");
        importing.load(bad, null);
        List<Integer> counts = new ArrayList<>();

        importing.importAll(counts::add);

        assertThat(importing.canImportProperty().get()).isFalse();
        assertThat(importing.verdictProperty().get()).isEqualTo(fx.i18n.format("import.verdict.errors", 1L, 1));
        assertThat(importing.problems()).hasSize(1);
        assertThat(counts).isEmpty();
        assertThat(fx.context.roster().list(meeting.id())).isEmpty();
    }

    @Test
    void missingFileShowsAReadProblemAndCannotImport() {
        importing.load(dir.resolve("no-such-file.csv"), null);

        assertThat(importing.previewProperty().get()).isNull();
        assertThat(importing.canImportProperty().get()).isFalse();
        assertThat(importing.verdictProperty().get()).isNotBlank();
        assertThat(importing.busyProperty().get()).isFalse();
    }

    @Test
    void addingKeepsTheAttendeesAlreadyInTheMeeting() throws IOException {
        fx.context.roster().save(org.huiwu.Fixtures.attendee(meeting.id(), "陈志明", 1));
        importing.load(goodFile(), null);

        importing.importAll(count -> { });

        assertThat(importing.modeProperty().get()).isEqualTo(ImportMode.ADD);
        assertThat(fx.dialogs.questions()).isEmpty();
        assertThat(fx.context.roster().list(meeting.id())).extracting(Attendee::name)
                .containsExactlyInAnyOrder("陈志明", "王建国", "李文华", "周卫东");
    }

    @Test
    void replacingAsksNamingHowManyAreRemovedAndDecliningChangesNothing() throws IOException {
        fx.context.roster().save(org.huiwu.Fixtures.attendee(meeting.id(), "陈志明", 1));
        fx.context.roster().save(org.huiwu.Fixtures.attendee(meeting.id(), "赵海燕", 2));
        importing.load(goodFile(), null);
        importing.modeProperty().set(ImportMode.REPLACE);
        fx.dialogs.answerConfirm(false);
        List<Integer> counts = new ArrayList<>();

        importing.importAll(counts::add);

        assertThat(importing.existingProperty().get()).isEqualTo(2);
        assertThat(fx.dialogs.questions()).extracting(q -> q.message())
                .containsExactly(fx.i18n.format("import.replace.question", 2, 3));
        assertThat(counts).isEmpty();
        assertThat(fx.context.roster().list(meeting.id())).extracting(Attendee::name)
                .containsExactly("陈志明", "赵海燕");
    }

    @Test
    void replacingConfirmedPutsTheFileInPlaceOfTheList() throws IOException {
        fx.context.roster().save(org.huiwu.Fixtures.attendee(meeting.id(), "陈志明", 1));
        importing.load(goodFile(), null);
        importing.modeProperty().set(ImportMode.REPLACE);
        fx.dialogs.answerConfirm(true);
        List<Integer> counts = new ArrayList<>();

        importing.importAll(counts::add);

        assertThat(counts).containsExactly(3);
        assertThat(fx.context.roster().list(meeting.id())).extracting(Attendee::name)
                .containsExactly("王建国", "李文华", "周卫东");
    }

    @Test
    void replacingChecksTheFileWithoutTheAttendeesItWillRemove() throws IOException {
        fx.context.roster().save(org.huiwu.Fixtures.attendee(meeting.id(), "王建国", 1));
        importing.load(goodFile(), null);
        assertThat(importing.previewProperty().get().problems()).extracting(ImportProblem::code)
                .contains(ImportProblemCode.DUPLICATE_NAME_IN_MEETING);

        importing.modeProperty().set(ImportMode.REPLACE);

        assertThat(importing.previewProperty().get().problems()).isEmpty();
        assertThat(importing.problems()).isEmpty();
    }

    @Test
    void replacingAnEmptyListAsksNothing() throws IOException {
        importing.load(goodFile(), null);
        importing.modeProperty().set(ImportMode.REPLACE);

        importing.importAll(count -> { });

        assertThat(fx.dialogs.questions()).isEmpty();
        assertThat(fx.context.roster().list(meeting.id())).hasSize(3);
    }

    private Path goodFile() throws IOException {
        return csv("姓名,单位,职务,位次", "王建国,南通市人民政府,市长,1", "李文华,南通市人民政府,常务副市长,2",
                "周卫东,市发展和改革委员会,主任,3");
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("list.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
