package org.huiwu.logic.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.Fixtures.attendee;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.TestStores;
import org.huiwu.persistence.MeetingDao;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MeetingCatalog} on a real H2 database: drafts dated by the injected clock, validation that
 * writes nothing, meetings past midnight, duplicating as next week's meeting, deleting.
 */
@Tag("dao")
class MeetingCatalogTest {

    /** 01:30 on 11 March in Beijing, still 10 March in UTC: the draft must use the clock's zone. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T17:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final UUID DRAFT_ID = UUID.fromString("00000000-0000-4000-8000-00000000d001");

    @TempDir
    Path dataDir;

    private Database database;
    private MeetingCatalog catalog;
    private AttendeeDao attendees;

    @BeforeEach
    void openCatalog() {
        database = TestStores.fresh(dataDir);
        catalog = new MeetingCatalog(database.dao(MeetingDao.class), CLOCK, UUID::randomUUID);
        attendees = database.dao(AttendeeDao.class);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void draftIsDatedTodayByTheInjectedClockAndNotSaved() {
        MeetingCatalog fixedIds = new MeetingCatalog(database.dao(MeetingDao.class), CLOCK, () -> DRAFT_ID);

        Meeting draft = fixedIds.draft("新会议");

        assertThat(draft.id()).isEqualTo(DRAFT_ID);
        assertThat(draft.title()).isEqualTo("新会议");
        assertThat(draft.date()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(catalog.list()).isEmpty();
    }

    @Test
    void savedMeetingIsFoundAndListed() {
        Meeting meeting = catalog.save(meeting("常务会议", LocalDate.of(2025, 3, 12)));

        assertThat(catalog.find(meeting.id())).contains(meeting);
        assertThat(catalog.list()).containsExactly(meeting);
    }

    static Stream<Arguments> invalidMeetings() {
        return Stream.of(
                Arguments.of("blank title", edit(m -> m.withTitleAndDate("   ", m.date())),
                        List.of(MeetingProblem.TITLE_MISSING)),
                Arguments.of("501-character title", edit(m -> m.withTitleAndDate("会".repeat(501), m.date())),
                        List.of(MeetingProblem.TITLE_TOO_LONG)),
                Arguments.of("negative expected count", edit(m -> withExpected(m, -1)),
                        List.of(MeetingProblem.EXPECTED_NEGATIVE)),
                Arguments.of("blank title and negative count",
                        edit(m -> withExpected(m.withTitleAndDate("", m.date()), -5)),
                        List.of(MeetingProblem.TITLE_MISSING, MeetingProblem.EXPECTED_NEGATIVE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMeetings")
    void invalidMeetingIsRejectedWithEveryProblemAndNothingWritten(String description, UnaryOperator<Meeting> change,
            List<MeetingProblem> expected) {
        Meeting invalid = change.apply(meeting("常务会议", LocalDate.of(2025, 3, 12)));

        assertThatThrownBy(() -> catalog.save(invalid)).isInstanceOfSatisfying(MeetingRejectedException.class,
                rejected -> assertThat(rejected.problems()).containsExactlyElementsOf(expected));

        assertThat(catalog.list()).isEmpty();
    }

    @Test
    void rejectedEditLeavesTheSavedMeetingAsItWas() {
        Meeting saved = catalog.save(meeting("常务会议", LocalDate.of(2025, 3, 12)));

        assertThatThrownBy(() -> catalog.save(saved.withTitleAndDate(" ", saved.date())))
                .isInstanceOf(MeetingRejectedException.class);

        assertThat(catalog.find(saved.id())).contains(saved);
    }

    @Test
    void titleOfExactly500CharactersIsAccepted() {
        Meeting longest = meeting("会".repeat(500), LocalDate.of(2025, 3, 12));

        assertThat(catalog.find(catalog.save(longest).id())).contains(longest);
    }

    @Test
    void endTimeBeforeStartIsAllowedForAMeetingPastMidnight() {
        Meeting base = meeting("夜间应急会商", LocalDate.of(2025, 3, 12));
        Meeting overnight = new Meeting(base.id(), base.title(), base.category(), base.date(), LocalTime.of(22, 0),
                LocalTime.of(1, 30), base.venue(), base.hostOrganisation(), base.organisingOrganisation(),
                base.confidentiality(), base.foreignAffairs(), base.expectedAttendees(), base.contactPerson(),
                base.contactPhone(), base.notes(), base.agenda());

        catalog.save(overnight);

        assertThat(catalog.find(overnight.id())).contains(overnight);
    }

    @Test
    void duplicateIsOneWeekLaterWithAgendaAndAttendeesCheckInReset() {
        Meeting source = catalog.save(meeting("周例会", LocalDate.of(2025, 3, 12)));
        attendees.insertAllOrNothing(List.of(
                attendee(source.id(), "王建国", 1).withCheckIn(CheckInStatus.ARRIVED),
                attendee(source.id(), "李文华", 2).withCheckIn(CheckInStatus.LATE),
                attendee(source.id(), "张志强", 2)));

        Meeting copy = catalog.duplicate(source.id());

        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.date()).isEqualTo(LocalDate.of(2025, 3, 19));
        assertThat(copy.title()).isEqualTo(source.title());
        assertThat(catalog.find(copy.id())).contains(copy);
        assertThat(copy.agenda()).isEqualTo(source.agenda());
        assertThat(attendees.listByMeeting(copy.id()))
                .extracting(Attendee::name, Attendee::rank, Attendee::checkIn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("王建国", 1, CheckInStatus.EXPECTED),
                        org.assertj.core.groups.Tuple.tuple("张志强", 2, CheckInStatus.EXPECTED),
                        org.assertj.core.groups.Tuple.tuple("李文华", 2, CheckInStatus.EXPECTED));
        assertThat(attendees.listByMeeting(source.id())).extracting(Attendee::checkIn)
                .contains(CheckInStatus.ARRIVED, CheckInStatus.LATE);
    }

    @Test
    void duplicateOfAnUnknownMeetingFailsAndWritesNothing() {
        assertThatThrownBy(() -> catalog.duplicate(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);

        assertThat(catalog.list()).isEmpty();
    }

    @Test
    void deleteRemovesTheMeetingWithItsAttendeesAndReportsWhetherItExisted() {
        Meeting meeting = catalog.save(meeting("常务会议", LocalDate.of(2025, 3, 12)));
        attendees.save(attendee(meeting.id(), "王建国", 1));

        assertThat(catalog.delete(meeting.id())).isTrue();
        assertThat(catalog.delete(meeting.id())).isFalse();

        assertThat(catalog.find(meeting.id())).isEmpty();
        assertThat(attendees.countByMeeting(meeting.id())).isZero();
    }

    private static UnaryOperator<Meeting> edit(UnaryOperator<Meeting> change) {
        return change;
    }

    private static Meeting withExpected(Meeting m, int expected) {
        return new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(), m.plannedEndTime(), m.venue(),
                m.hostOrganisation(), m.organisingOrganisation(), m.confidentiality(), m.foreignAffairs(), expected,
                m.contactPerson(), m.contactPhone(), m.notes(), m.agenda());
    }
}
