package org.huiwu.logic.attendees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.Fixtures.attendee;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AttendeeRoster} on a real H2 database: validation on save, check-in by the injected clock,
 * the all-or-nothing import, next rank, and the duplicate-name and tied-rank warnings.
 * Precedence moves are in {@link AttendeeRosterMoveTest}.
 */
@Tag("dao")
class AttendeeRosterTest {

    @TempDir
    Path dataDir;

    private RosterFixture fixture;
    private AttendeeRoster roster;
    private UUID meetingId;

    @BeforeEach
    void openRoster() {
        fixture = new RosterFixture(dataDir);
        roster = fixture.roster;
        meetingId = fixture.meeting.id();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void validAttendeeIsSavedAndListed() {
        Attendee saved = roster.save(attendee(meetingId, "王建国", 1));

        assertThat(roster.list(meetingId)).containsExactly(saved);
    }

    static Stream<Arguments> invalidAttendees() {
        return Stream.of(
                Arguments.of("empty name", change(a -> a.withName("")), AttendeeProblem.NAME_MISSING),
                Arguments.of("blank name", change(a -> a.withName("  \t")), AttendeeProblem.NAME_MISSING),
                Arguments.of("101-character name", change(a -> a.withName("名".repeat(101))),
                        AttendeeProblem.NAME_TOO_LONG),
                Arguments.of("5,000-character name", change(a -> a.withName("王".repeat(5000))),
                        AttendeeProblem.NAME_TOO_LONG),
                Arguments.of("201-character organisation", change(a -> a.withOrganisation("单".repeat(201))),
                        AttendeeProblem.TEXT_TOO_LONG),
                Arguments.of("201-character position", change(a -> a.withPosition("职".repeat(201))),
                        AttendeeProblem.TEXT_TOO_LONG),
                Arguments.of("rank 0", change(a -> a.withRank(0)), AttendeeProblem.RANK_NOT_POSITIVE),
                Arguments.of("negative rank", change(a -> a.withRank(-3)), AttendeeProblem.RANK_NOT_POSITIVE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAttendees")
    void invalidAttendeeIsRejectedAndNothingWritten(String description, UnaryOperator<Attendee> change,
            AttendeeProblem expected) {
        Attendee invalid = change.apply(attendee(meetingId, "王建国", 1));

        assertThatThrownBy(() -> roster.save(invalid)).isInstanceOfSatisfying(AttendeeRejectedException.class,
                rejected -> assertThat(rejected.problems()).containsExactly(expected));

        assertThat(roster.list(meetingId)).isEmpty();
    }

    @Test
    void everyProblemOfOneAttendeeIsListed() {
        Attendee invalid = attendee(meetingId, "", 0).withPosition("职".repeat(201));

        assertThatThrownBy(() -> roster.save(invalid)).isInstanceOfSatisfying(AttendeeRejectedException.class,
                rejected -> assertThat(rejected.problems()).containsExactly(AttendeeProblem.NAME_MISSING,
                        AttendeeProblem.TEXT_TOO_LONG, AttendeeProblem.RANK_NOT_POSITIVE));
    }

    @Test
    void rejectedEditKeepsTheSavedAttendee() {
        Attendee saved = roster.save(attendee(meetingId, "王建国", 1));

        assertThatThrownBy(() -> roster.save(saved.withName(""))).isInstanceOf(AttendeeRejectedException.class);

        assertThat(roster.list(meetingId)).containsExactly(saved);
    }

    @Test
    void checkInStoresStatusAndTheInjectedClocksInstant() {
        Attendee person = roster.save(attendee(meetingId, "王建国", 1));

        roster.checkIn(person.id(), CheckInStatus.ARRIVED);

        assertThat(roster.list(meetingId)).extracting(Attendee::checkIn).containsExactly(CheckInStatus.ARRIVED);
        assertThat(checkedInAt(person.id())).isNotNull();
        assertThat(checkedInAt(person.id()).toInstant()).isEqualTo(RosterFixture.CLOCK.instant());
    }

    @Test
    void checkInBackToExpectedClearsTheTime() {
        Attendee person = roster.save(attendee(meetingId, "王建国", 1));
        roster.checkIn(person.id(), CheckInStatus.LATE);

        roster.checkIn(person.id(), CheckInStatus.EXPECTED);

        assertThat(roster.list(meetingId)).extracting(Attendee::checkIn).containsExactly(CheckInStatus.EXPECTED);
        assertThat(checkedInAt(person.id())).isNull();
    }

    @Test
    void removeDeletesOneAttendeeAndReportsWhetherItExisted() {
        Attendee gone = roster.save(attendee(meetingId, "王建国", 1));
        Attendee kept = roster.save(attendee(meetingId, "李文华", 2));

        assertThat(roster.remove(gone.id())).isTrue();
        assertThat(roster.remove(gone.id())).isFalse();

        assertThat(roster.list(meetingId)).containsExactly(kept);
    }

    @Test
    void nextRankIsOnePastTheHighestRank() {
        assertThat(roster.nextRank(meetingId)).isEqualTo(1);
        roster.save(attendee(meetingId, "王建国", 1));
        roster.save(attendee(meetingId, "李文华", 7));
        roster.save(attendee(meetingId, "张志强", 3));

        assertThat(roster.nextRank(meetingId)).isEqualTo(8);
    }

    @Test
    void importAllWritesEveryAttendee() {
        List<Attendee> imported = List.of(attendee(meetingId, "王建国", 1), attendee(meetingId, "李文华", 2),
                attendee(meetingId, "张志强", 3));

        roster.importAll(imported);

        assertThat(roster.list(meetingId)).containsExactlyElementsOf(imported);
    }

    @Test
    void importAllWithOneInvalidAttendeeWritesNothing() {
        Attendee existing = roster.save(attendee(meetingId, "秦晓光", 1));
        List<Attendee> imported = List.of(attendee(meetingId, "王建国", 2), attendee(meetingId, "李文华", 3),
                attendee(meetingId, "王".repeat(5000), 4), attendee(meetingId, "张志强", 5));

        assertThatThrownBy(() -> roster.importAll(imported)).isInstanceOfSatisfying(AttendeeRejectedException.class,
                rejected -> assertThat(rejected.problems()).containsExactly(AttendeeProblem.NAME_TOO_LONG));

        assertThat(roster.list(meetingId)).containsExactly(existing);
    }

    @Test
    void duplicateNamesAreFoundIgnoringSurroundingSpaceInListOrder() {
        List<Attendee> list = List.of(attendee(meetingId, "李文华", 1), attendee(meetingId, "王建国", 2),
                attendee(meetingId, "李文华 ", 3), attendee(meetingId, "张志强", 4), attendee(meetingId, "王建国", 5));

        assertThat(RosterWarnings.duplicateNames(list)).containsExactly("李文华", "王建国");
        assertThat(RosterWarnings.duplicateNames(list.subList(0, 2))).isEmpty();
    }

    @Test
    void tiedRanksAreFoundInAscendingOrder() {
        List<Attendee> list = List.of(attendee(meetingId, "甲", 5), attendee(meetingId, "乙", 2),
                attendee(meetingId, "丙", 5), attendee(meetingId, "丁", 2), attendee(meetingId, "戊", 3));

        assertThat(RosterWarnings.tiedRanks(list)).containsExactly(2, 5);
        assertThat(RosterWarnings.tiedRanks(list.subList(3, 5))).isEmpty();
    }

    private static UnaryOperator<Attendee> change(UnaryOperator<Attendee> change) {
        return change;
    }

    private OffsetDateTime checkedInAt(UUID id) {
        return fixture.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT checked_in_at FROM attendee WHERE id = :id").bind("id", id)
                .mapTo(OffsetDateTime.class).findOne().orElse(null));
    }
}
