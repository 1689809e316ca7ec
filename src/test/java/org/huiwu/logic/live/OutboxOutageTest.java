package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.incidents.IncidentFilter;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChangeFeedDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop on the venue server loses it in the middle of a round (decision 0031, amended): the network between
 * the laptop's store and PostgreSQL is cut by a {@link LoopbackForwarder} (the shared server keeps running). Tea
 * taps, check-ins, a new incident and its next version and a checklist tick made meanwhile wait in the laptop's
 * outbox, show on the laptop at once, and reach the server once and in the order made when the network is back;
 * sending again stores nothing twice. Tagged {@code dao}: it needs the PostgreSQL test server and skips without
 * it (fails on CI), as {@link TestStores#freshServer()} does.
 */
@Tag("dao")
class OutboxOutageTest {

    private static final String BY = "张敏";

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void tapsCheckInsAnIncidentAndATickMadeDuringACutArriveOnceAndInOrder() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, through(server, network), Duration.ZERO, () -> { },
                        null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meeting = context.sampleMeeting().ensure();
            List<Attendee> attendees = context.roster().list(meeting);
            List<String> seats = venue.dao(ServiceEventDao.class).events(meeting).stream().map(ServiceEvent::seatKey)
                    .distinct().toList();
            ChecklistLine open = context.checklists().open(meeting, BY).lines().stream()
                    .filter(l -> l.mark() == null || l.mark().state() != MarkState.DONE).findFirst().orElseThrow();
            Incident listed = context.incidents().log().timeline(meeting, IncidentFilter.all()).stream()
                    .filter(i -> i.status() == IncidentStatus.OPEN).findFirst().orElseThrow();
            context.incidents().procedures().currentAll();
            long feedEnd = lastSeq(venue);

            network.cut();
            List<UUID> taps = new ArrayList<>();
            taps.add(tap(context, meeting, seats.get(0)));
            context.roster().checkIn(attendees.get(0).id(), CheckInStatus.ARRIVED);
            clock.advance(Duration.ofSeconds(2));
            Incident reported = context.incidents().log().report(meeting, IncidentType.values()[0], BY);
            clock.advance(Duration.ofSeconds(2));
            context.incidents().log().setStatus(reported.id(), IncidentStatus.HANDLING, BY);
            clock.advance(Duration.ofSeconds(2));
            context.checklists().mark(meeting, open.item().id(), MarkState.DONE, "", BY);
            clock.advance(Duration.ofSeconds(2));
            context.incidents().log().setStatus(listed.id(), IncidentStatus.RESOLVED, BY);
            taps.add(tap(context, meeting, seats.get(1)));
            context.roster().checkIn(attendees.get(1).id(), CheckInStatus.LATE);

            assertThat(context.queuedRecords()).as("everything made during the cut waits on the laptop").isEqualTo(8);
            assertThat(context.sendQueuedTaps()).as("nothing leaves while the network is cut").isZero();
            assertThat(context.roster().list(meeting)).as("the laptop shows its check-ins at once")
                    .filteredOn(a -> a.id().equals(attendees.get(1).id())).extracting(Attendee::checkIn)
                    .containsExactly(CheckInStatus.LATE);
            assertThat(context.incidents().log().find(reported.id()).orElseThrow().status())
                    .isEqualTo(IncidentStatus.HANDLING);
            assertThat(context.checklists().current(meeting).lines()).filteredOn(l -> l.item().id()
                    .equals(open.item().id())).extracting(l -> l.mark().state()).containsExactly(MarkState.DONE);

            network.restore();
            int sent = 0;
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                sent += context.sendQueuedTaps();
            }
            assertThat(sent).isEqualTo(8);

            assertThat(venue.dao(ChangeFeedDao.class).since(feedEnd, 100)).as("in the order made")
                    .extracting(c -> c.kind()).containsExactly("SERVICE", "CHECK_IN", "INCIDENT", "INCIDENT",
                            "CHECKLIST", "INCIDENT", "SERVICE", "CHECK_IN");
            assertThat(venue.dao(ServiceEventDao.class).events(meeting)).extracting(ServiceEvent::id)
                    .containsSubsequence(taps).filteredOn(taps::contains).hasSize(2);
            AttendeeDao stored = venue.dao(AttendeeDao.class);
            assertThat(stored.find(attendees.get(0).id()).orElseThrow().checkIn()).isEqualTo(CheckInStatus.ARRIVED);
            assertThat(stored.find(attendees.get(1).id()).orElseThrow().checkIn()).isEqualTo(CheckInStatus.LATE);
            assertThat(venue.dao(IncidentDao.class).history(reported.id())).hasSize(2);
            assertThat(venue.dao(IncidentDao.class).find(listed.id()).orElseThrow().status())
                    .as("an incident listed before the cut changed during it").isEqualTo(IncidentStatus.RESOLVED);
            assertThat(venue.dao(MeetingChecklistDao.class).marks(meeting))
                    .filteredOn(m -> m.itemId().equals(open.item().id()) && m.state() == MarkState.DONE
                            && m.markedBy().equals(BY)).hasSize(1);
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
        }
    }

    @Test
    void aLaptopOfflineForAWholeRoundSendsItWhenBack() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, through(server, network), Duration.ZERO, () -> { },
                        null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meeting = context.sampleMeeting().ensure();
            List<String> seats = venue.dao(ServiceEventDao.class).events(meeting).stream().map(ServiceEvent::seatKey)
                    .distinct().toList();
            List<Attendee> attendees = context.roster().list(meeting);
            int before = venue.dao(ServiceEventDao.class).events(meeting).size();

            network.cut();
            List<UUID> round = new ArrayList<>();
            for (int i = 0; i < seats.size(); i++) {
                round.add(tap(context, meeting, seats.get(i)));
                if (i < attendees.size()) {
                    context.roster().checkIn(attendees.get(i).id(), CheckInStatus.ARRIVED);
                }
            }
            int made = seats.size() + Math.min(seats.size(), attendees.size());
            assertThat(context.queuedRecords()).isEqualTo(made);

            network.restore();
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                context.sendQueuedTaps();
            }
            assertThat(context.queuedRecords()).isZero();
            List<ServiceEvent> stored = venue.dao(ServiceEventDao.class).events(meeting);
            assertThat(stored).hasSize(before + seats.size());
            assertThat(stored).extracting(ServiceEvent::id).filteredOn(round::contains)
                    .as("the round once, in the order tapped").containsExactlyElementsOf(round);
            assertThat(venue.dao(AttendeeDao.class).listByMeeting(meeting))
                    .filteredOn(a -> attendees.subList(0, Math.min(seats.size(), attendees.size())).stream()
                            .anyMatch(x -> x.id().equals(a.id())))
                    .extracting(Attendee::checkIn).containsOnly(CheckInStatus.ARRIVED);
        }
    }

    private UUID tap(AppContext context, UUID meeting, String seat) {
        clock.advance(Duration.ofSeconds(2));
        return context.serviceLog().markServed(new SeatVisit(meeting, seat, null, BY)).id();
    }

    private static long lastSeq(Database venue) {
        return venue.dao(ChangeFeedDao.class).last();
    }

    static LoopbackForwarder forwarderTo(DatabaseServer server) throws Exception {
        URI target = URI.create(server.url().substring("jdbc:".length()));
        return new LoopbackForwarder(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
    }

    static DatabaseServer through(DatabaseServer server, LoopbackForwarder network) {
        URI target = URI.create(server.url().substring("jdbc:".length()));
        String hostPort = target.getHost() + (target.getPort() < 0 ? "" : ":" + target.getPort());
        return new DatabaseServer(server.url().replace("//" + hostPort + "/", "//127.0.0.1:" + network.port() + "/"),
                server.user(), server.password(), null);
    }
}
