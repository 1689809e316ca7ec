package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.attendee;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.AgendaItem;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MeetingDao} on a real H2 file database built by the Flyway migrations: the meeting and its
 * agenda as one aggregate, cascading deletes, and the copy with attendees used by "duplicate".
 */
@Tag("dao")
class MeetingDaoTest {

    private static final Instant NOW = Instant.parse("2025-03-10T01:00:00Z");

    @TempDir
    Path dataDir;

    private Database database;
    private MeetingDao meetings;
    private AttendeeDao attendees;

    @BeforeEach
    void openDatabase() {
        database = TestStores.fresh(dataDir);
        meetings = database.dao(MeetingDao.class);
        attendees = database.dao(AttendeeDao.class);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void savedMeetingReadsBackEqualWithAgendaInOrderAndChineseText() {
        Meeting meeting = meeting("市政府第28次常务会议", LocalDate.of(2025, 3, 12));

        meetings.save(meeting, NOW);

        assertThat(meetings.find(meeting.id())).contains(meeting);
        assertThat(meetings.find(meeting.id()).orElseThrow().agenda()).extracting(AgendaItem::title)
                .containsExactly("传达学习上级会议精神", "审议《城市更新行动实施方案》", "其他事项");
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertThat(meetings.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void savingAgainReplacesTheWholeAgenda() {
        Meeting meeting = meeting("专题会议", LocalDate.of(2025, 3, 12));
        meetings.save(meeting, NOW);
        List<AgendaItem> shorter = List.of(new AgendaItem(LocalTime.of(14, 0), "新议题", "李文华"),
                new AgendaItem(LocalTime.of(14, 30), "传达学习上级会议精神", "王建国"));
        Meeting edited = new Meeting(meeting.id(), "专题会议（改）", meeting.category(), meeting.date(),
                meeting.startTime(), meeting.plannedEndTime(), meeting.venue(), meeting.hostOrganisation(),
                meeting.organisingOrganisation(), meeting.confidentiality(), meeting.foreignAffairs(),
                meeting.expectedAttendees(), meeting.contactPerson(), meeting.contactPhone(), meeting.notes(), shorter);

        meetings.save(edited, NOW.plusSeconds(60));

        assertThat(meetings.find(meeting.id())).contains(edited);
        assertThat(meetings.count()).isEqualTo(1);
    }

    @Test
    void savingWithAnEmptyAgendaRemovesTheOldItems() {
        Meeting meeting = meeting("座谈会", LocalDate.of(2025, 3, 12));
        meetings.save(meeting, NOW);
        Meeting withoutAgenda = new Meeting(meeting.id(), meeting.title(), meeting.category(), meeting.date(),
                meeting.startTime(), meeting.plannedEndTime(), meeting.venue(), meeting.hostOrganisation(),
                meeting.organisingOrganisation(), meeting.confidentiality(), meeting.foreignAffairs(),
                meeting.expectedAttendees(), meeting.contactPerson(), meeting.contactPhone(), meeting.notes(), List.of());

        meetings.save(withoutAgenda, NOW);

        assertThat(meetings.agendaOf(meeting.id())).isEmpty();
    }

    @Test
    void listIsNewestDateFirstEachWithItsAgenda() {
        Meeting older = meeting("上周例会", LocalDate.of(2025, 3, 5));
        Meeting newer = meeting("本周例会", LocalDate.of(2025, 3, 12));
        meetings.save(older, NOW);
        meetings.save(newer, NOW);

        assertThat(meetings.list()).containsExactly(newer, older);
    }

    @Test
    void listSortsAsTheOverlaysSortInMemoryEvenWithoutAStartTime() {
        LocalDate day = LocalDate.of(2025, 3, 12);
        Meeting morning = meeting("乙会", day);
        Meeting sameTimeLaterTitle = meeting("甲会", day);
        Meeting afternoon = at(meeting("丙会", day), java.time.LocalTime.of(14, 30));
        Meeting noStartTime = at(meeting("丁会", day), null);
        Meeting dayBefore = at(meeting("戊会", day.minusDays(1)), null);
        for (Meeting m : List.of(noStartTime, sameTimeLaterTitle, dayBefore, afternoon, morning)) {
            meetings.save(m, NOW);
        }

        assertThat(meetings.list()).containsExactly(afternoon, morning, sameTimeLaterTitle, noStartTime, dayBefore)
                .isSortedAccordingTo(MeetingDao.LISTED);
    }

    private static Meeting at(Meeting meeting, java.time.LocalTime start) {
        return new Meeting(meeting.id(), meeting.title(), meeting.category(), meeting.date(), start,
                start == null ? null : start.plusHours(1), meeting.venue(), meeting.hostOrganisation(),
                meeting.organisingOrganisation(), meeting.confidentiality(), meeting.foreignAffairs(),
                meeting.expectedAttendees(),
                meeting.contactPerson(), meeting.contactPhone(), meeting.notes(), meeting.agenda());
    }

    @Test
    void deleteCascadesToAgendaAndAttendees() {
        Meeting meeting = meeting("常务会议", LocalDate.of(2025, 3, 12));
        meetings.save(meeting, NOW);
        attendees.insertAllOrNothing(List.of(attendee(meeting.id(), "王建国", 1), attendee(meeting.id(), "李文华", 2)));

        assertThat(meetings.delete(meeting.id())).isEqualTo(1);

        assertThat(meetings.find(meeting.id())).isEmpty();
        assertThat(meetings.agendaOf(meeting.id())).isEmpty();
        assertThat(attendees.countByMeeting(meeting.id())).isZero();
        Integer agendaRows = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM agenda_item")
                .mapTo(Integer.class).one());
        assertThat(agendaRows).isZero();
    }

    @Test
    void aDeletionIsNotedInTheChangeFeedSoOtherLaptopsDropTheMeeting() {
        Meeting meeting = meeting("常务会议", LocalDate.of(2025, 3, 12));
        meetings.save(meeting, NOW);
        ChangeFeedDao feed = database.dao(ChangeFeedDao.class);
        long before = feed.last();

        meetings.delete(meeting.id());
        meetings.delete(meeting.id());

        assertThat(feed.since(before, 10)).extracting(c -> c.meetingId() + " " + c.kind())
                .as("one row for the deletion, none for deleting what was gone")
                .containsExactly(meeting.id() + " " + FeedsChanges.MEETING);
    }

    @Test
    void deleteLeavesOtherMeetingsAlone() {
        Meeting kept = meeting("保留的会议", LocalDate.of(2025, 3, 5));
        Meeting deleted = meeting("删除的会议", LocalDate.of(2025, 3, 12));
        meetings.save(kept, NOW);
        meetings.save(deleted, NOW);
        attendees.save(attendee(kept.id(), "王建国", 1));

        meetings.delete(deleted.id());

        assertThat(meetings.list()).containsExactly(kept);
        assertThat(attendees.countByMeeting(kept.id())).isEqualTo(1);
    }

    @Test
    void createCopyCopiesAttendeesWithCheckInResetAndNewIds() {
        Meeting source = meeting("周例会", LocalDate.of(2025, 3, 5));
        meetings.save(source, NOW);
        Attendee arrived = attendee(source.id(), "王建国", 1).withCheckIn(CheckInStatus.ARRIVED).withNotes("素食");
        Attendee absent = attendee(source.id(), "李文华", 2).withCheckIn(CheckInStatus.ABSENT);
        attendees.insertAllOrNothing(List.of(arrived, absent));
        Meeting copy = source.withId(UUID.randomUUID()).withTitleAndDate(source.title(), LocalDate.of(2025, 3, 12));

        meetings.createCopy(copy, source.id(), NOW);

        assertThat(meetings.find(copy.id())).contains(copy);
        List<Attendee> copied = attendees.listByMeeting(copy.id());
        assertThat(copied).extracting(Attendee::name, Attendee::rank, Attendee::checkIn, Attendee::notes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("王建国", 1, CheckInStatus.EXPECTED, "素食"),
                        org.assertj.core.groups.Tuple.tuple("李文华", 2, CheckInStatus.EXPECTED, ""));
        assertThat(copied).extracting(Attendee::id).doesNotContain(arrived.id(), absent.id());
        assertThat(attendees.listByMeeting(source.id())).containsExactly(arrived, absent);
    }
}
