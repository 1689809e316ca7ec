package org.huiwu.logic.attendees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.Fixtures.attendee;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.huiwu.logic.attendees.importing.AttendeeImportPreview;
import org.huiwu.logic.attendees.importing.ImportMonitor;
import org.huiwu.logic.attendees.importing.ImportProblem;
import org.huiwu.logic.attendees.importing.ImportProblemCode;
import org.huiwu.logic.attendees.importing.ProblemSeverity;
import org.huiwu.logic.attendees.importing.SourceTable;
import org.huiwu.model.Attendee;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AttendeeImport} end to end on a CSV file and a real H2 database: read, recognise, preview
 * against the meeting, and the all-or-nothing commit.
 */
@Tag("dao")
class AttendeeImportTest {

    @TempDir
    Path dataDir;

    private RosterFixture fixture;
    private AttendeeImport importer;
    private UUID meetingId;

    @BeforeEach
    void open() {
        fixture = new RosterFixture(dataDir.resolve("data"));
        importer = new AttendeeImport(fixture.roster, UUID::randomUUID);
        meetingId = fixture.meeting.id();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void commitWritesEveryRowInFileOrder() throws Exception {
        AttendeeImportPreview preview = preview(csv("姓名,单位,职务,位次",
                "王建国,南通市人民政府,市长,1", "李文华,南通市人民政府,常务副市长,2", "周卫东,市发展和改革委员会,主任,3"));

        assertThat(preview.hasErrors()).isFalse();
        assertThat(importer.commit(meetingId, preview)).isEqualTo(3);

        assertThat(fixture.roster.list(meetingId))
                .extracting(Attendee::rank, Attendee::name, Attendee::organisation, Attendee::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "王建国", "南通市人民政府", "市长"),
                        org.assertj.core.groups.Tuple.tuple(2, "李文华", "南通市人民政府", "常务副市长"),
                        org.assertj.core.groups.Tuple.tuple(3, "周卫东", "市发展和改革委员会", "主任"));
    }

    @Test
    void replaceRemovesTheOldListAndItsSeatAssignmentsInsertsTheFile() throws Exception {
        Attendee old = fixture.roster.save(attendee(meetingId, "陈志明", 1));
        UUID planId = UUID.randomUUID();
        fixture.database.jdbi().useHandle(h -> {
            h.execute("INSERT INTO seat_plan (id, meeting_id, convention, row_numbering, audience_fill, door, "
                    + "viewpoint, updated_at) VALUES (?, ?, 'CHINESE', 'FRONT_TO_BACK', 'BY_RANK', 'BACK', 'STAGE', "
                    + "CURRENT_TIMESTAMP)", planId, meetingId);
            h.execute("INSERT INTO seat_assignment (plan_id, seat_key, attendee_id) VALUES (?, 'A1', ?)",
                    planId, old.id());
        });
        AttendeeImportPreview preview = preview(csv("姓名,位次", "王建国,1", "李文华,2"));

        assertThat(importer.commit(meetingId, preview, ImportMode.REPLACE)).isEqualTo(2);

        int seated = fixture.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM seat_assignment WHERE plan_id = :p").bind("p", planId).mapTo(Integer.class).one());
        assertThat(seated).isZero();
        assertThat(fixture.roster.list(meetingId)).extracting(Attendee::name).containsExactly("王建国", "李文华");
        assertThat(fixture.dao.find(old.id())).isEmpty();
    }

    @Test
    void replaceWhoseInsertFailsLeavesTheOldListWhole() throws Exception {
        fixture.roster.save(attendee(meetingId, "陈志明", 1));
        fixture.roster.save(attendee(meetingId, "赵海燕", 2));
        UUID sameId = UUID.randomUUID();
        AttendeeImport clashing = new AttendeeImport(fixture.roster, () -> sameId);
        AttendeeImportPreview preview = preview(csv("姓名,位次", "王建国,1", "李文华,2"));

        assertThatThrownBy(() -> clashing.commit(meetingId, preview, ImportMode.REPLACE))
                .isInstanceOf(RuntimeException.class);

        assertThat(fixture.roster.list(meetingId)).extracting(Attendee::name).containsExactly("陈志明", "赵海燕");
    }

    @Test
    void recognisesTheChineseHeaderColumns() throws Exception {
        SourceTable table = importer.read(csv("姓名,单位,职务,位次", "王建国,南通市人民政府,市长,1"), null,
                ImportMonitor.none());

        assertThat(importer.recognise(table).hasHeaderRow()).isTrue();
        assertThat(table.rows()).hasSize(2);
    }

    @Test
    void fileWithOneBadRowHasErrorsAndCommitWritesNothing() throws Exception {
        List<Attendee> previous = List.of(attendee(meetingId, "秦晓光", 1), attendee(meetingId, "韩静", 2));
        fixture.roster.importAll(previous);
        AttendeeImportPreview preview = preview(csv("姓名,单位,位次",
                "王建国,南通市人民政府,3", "王".repeat(5000) + ",市财政局,4", "周卫东,市发展和改革委员会,5"));

        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.problems(ProblemSeverity.ERROR)).extracting(ImportProblem::rowNumber, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, ImportProblemCode.NAME_TOO_LONG));
        assertThatThrownBy(() -> importer.commit(meetingId, preview)).isInstanceOf(IllegalStateException.class);

        assertThat(fixture.roster.list(meetingId)).containsExactlyElementsOf(previous);
    }

    @Test
    void nameAlreadyInTheMeetingIsAWarningAndStillImported() throws Exception {
        fixture.roster.save(attendee(meetingId, "王建国", 1));
        AttendeeImportPreview preview = preview(csv("姓名,位次", "王建国,2", "李文华,3"));

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.problems(ProblemSeverity.WARNING)).extracting(ImportProblem::code, ImportProblem::rowNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportProblemCode.DUPLICATE_NAME_IN_MEETING, 2));

        assertThat(importer.commit(meetingId, preview)).isEqualTo(2);
        assertThat(fixture.roster.list(meetingId)).extracting(Attendee::name).containsExactly("王建国", "王建国", "李文华");
    }

    @Test
    void namesOfAnotherMeetingAreNoDuplicate() throws Exception {
        AttendeeImportPreview preview = preview(csv("姓名", "王建国"));

        assertThat(preview.problems(ProblemSeverity.WARNING)).isEmpty();
    }

    private AttendeeImportPreview preview(Path file) throws Exception {
        SourceTable table = importer.read(file, null, ImportMonitor.none());
        return importer.preview(meetingId, table, importer.recognise(table), ImportMonitor.none());
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dataDir.resolve("list.csv"), String.join("\r\n", lines) + "\r\n",
                StandardCharsets.UTF_8);
    }
}
