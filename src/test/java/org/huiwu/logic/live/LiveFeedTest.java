package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.model.live.Change;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChangeFeedDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.FeedsChanges;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change stored through one store connection is read by a second one's feed on its next poll: a tea record and
 * a check-in, each handed out once, in order; the first poll starts at the feed's end. On the run's engine
 * ({@link TestStores}: H2, or PostgreSQL with {@code -Dhuiwu.test.engine=postgresql}); two {@link Database}
 * instances on one folder (the second goes through H2's server, as a second laptop would go to PostgreSQL).
 */
@org.junit.jupiter.api.Tag("dao")
class LiveFeedTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void aTapAndACheckInOnOneLaptopReachTheOtherOnItsNextPoll() {
        try (Database first = TestStores.fresh(dir); Database second = TestStores.fresh(dir)) {
            Meeting meeting = Fixtures.meeting("常务会议", java.time.LocalDate.of(2026, 12, 7));
            first.dao(MeetingDao.class).save(meeting, clock.instant());
            Attendee delegate = Fixtures.attendee(meeting.id(), "王建国", 1);
            first.dao(AttendeeDao.class).insertAll(List.of(delegate));
            first.dao(ServiceEventDao.class).add(pour(meeting.id(), delegate.id()));

            LiveFeed other = new LiveFeed(second.dao(ChangeFeedDao.class), clock, System::nanoTime);
            assertThat(other.poll()).as("the first poll starts at the end: the screens load the meeting").isEmpty();

            ServiceEvent tap = pour(meeting.id(), delegate.id());
            first.dao(ServiceEventDao.class).add(tap);
            new AttendeeRoster(first.dao(AttendeeDao.class), clock).checkIn(delegate.id(), CheckInStatus.ARRIVED);

            List<Change> seen = other.poll();
            assertThat(seen).extracting(Change::kind).containsExactly(FeedsChanges.SERVICE, FeedsChanges.CHECK_IN);
            assertThat(seen).extracting(Change::recordId).containsExactly(tap.id(), delegate.id());
            assertThat(seen).allMatch(c -> c.meetingId().equals(meeting.id()));
            assertThat(other.poll()).as("each change is handed out once").isEmpty();
        }
    }

    private ServiceEvent pour(UUID meetingId, UUID attendeeId) {
        return new ServiceEvent(UUID.randomUUID(), meetingId, "A-1-1", attendeeId, "张敏", ServiceEventKind.REFILL,
                null, "", 0, clock.instant(), clock.instant());
    }
}
