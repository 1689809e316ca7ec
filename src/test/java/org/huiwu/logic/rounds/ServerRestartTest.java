package org.huiwu.logic.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.model.Meeting;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.live.QueuedTap;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.LocalOutbox;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.OwnPostgres;
import org.huiwu.persistence.ServiceEventDao;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The venue server stopped and started again in the middle of a round (decision 0031): the taps made while it is
 * down wait in the laptop's outbox, and once it is back they reach it in the order they were made, with their own
 * ids and times; nothing is lost and nothing doubled, also for a tap whose commit reached the server but whose
 * answer did not; the taps go through the store's held tap connection ({@link Database#seatEvents()}), which the
 * restart breaks and the first tap after it replaces. A PostgreSQL instance of the test's own ({@link OwnPostgres}),
 * never the shared cluster.
 */
@Tag("postgresql")
class ServerRestartTest {

    @TempDir
    Path laptop;

    /** A tap every two seconds, as an attendant walks the row. */
    private final MutableClock clock = new MutableClock(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
            ZoneId.of("Asia/Shanghai"));

    @Test
    void tapsDuringAnOutageArriveOnceAndInOrderWhenTheServerIsBack() throws Exception {
        try (OwnPostgres server = OwnPostgres.start("pglive_restart");
                Database store = Database.open(server.server("pglive_restart"), Duration.ZERO, () -> { }, null);
                LocalOutbox queue = LocalOutbox.open(laptop)) {
            Meeting meeting = Fixtures.meeting("全体会议", LocalDate.now(clock));
            store.dao(MeetingDao.class).save(meeting, clock.instant());
            ServiceEventDao events = store.dao(ServiceEventDao.class);
            TapOutbox outbox = new TapOutbox(queue, events, store.seatEvents(), null,
                    failure -> Database.problemOf(failure).orElse(null) == StorageProblem.SERVER_UNREACHABLE);
            ServiceLog log = new ServiceLog(events, store.seatEvents(), null, clock, UUID::randomUUID)
                    .queueingTo(outbox);
            List<ServiceEvent> tapped = new ArrayList<>();

            for (int seat = 1; seat <= 5; seat++) {
                clock.advance(Duration.ofSeconds(2));
                tapped.add(log.markServed(visit(meeting, seat)));
            }
            assertThat(outbox.waiting()).isZero();

            server.stop();
            for (int seat = 6; seat <= 10; seat++) {
                clock.advance(Duration.ofSeconds(2));
                tapped.add(log.markServed(visit(meeting, seat)));
            }
            assertThat(outbox.waiting()).as("taps while the server is down wait on the laptop").isEqualTo(5);
            assertThat(outbox.send()).as("nothing leaves while the server is down").isZero();

            server.startAgain();
            int sent = 0;
            for (int attempt = 0; attempt < 20 && outbox.waiting() > 0; attempt++) {
                sent += outbox.send();
            }

            assertThat(sent).isEqualTo(5);
            List<ServiceEvent> stored = events.events(meeting.id());
            assertThat(stored).extracting(ServiceEvent::id)
                    .as("every tap once, in the order made").containsExactlyElementsOf(tapped.stream().map(ServiceEvent::id).toList());
            assertThat(stored).extracting(ServiceEvent::seatKey)
                    .containsExactly("A-1", "A-2", "A-3", "A-4", "A-5", "A-6", "A-7", "A-8", "A-9", "A-10");
            assertThat(stored.subList(5, 10)).extracting(ServiceEvent::occurredAt)
                    .as("queued taps keep the time they were made")
                    .containsExactlyElementsOf(tapped.subList(5, 10).stream().map(ServiceEvent::occurredAt).toList());

            ServiceEvent alreadyThere = stored.get(9);
            queue.add(new QueuedTap(0, alreadyThere.id(), meeting.id(), alreadyThere.seatKey(), null, "张敏",
                    alreadyThere.occurredAt()));
            assertThat(outbox.send()).isEqualTo(1);
            assertThat(events.events(meeting.id())).as("a tap whose answer was lost is not stored twice").hasSize(10);
        }
    }

    private SeatVisit visit(Meeting meeting, int seat) {
        return new SeatVisit(meeting.id(), "A-" + seat, null, "张敏");
    }

}
