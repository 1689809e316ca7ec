package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.attendees.AttendeeEdit;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.junit.jupiter.api.Test;

/**
 * Attendee edits of any field made during a venue-server outage (decision 0038), on real H2 with a simulated cut
 * ({@link H2Outage}): they are written as made (no storage error), show at once on every read, and are sent once
 * and in order when the server is back, merged field by field with what another laptop stored meanwhile — a field
 * only the other changed keeps theirs, a field both changed keeps theirs and is counted for the status line.
 */
class AttendeeEditOutageTest extends OutageCase {

    @Test
    void editsDuringACutShowAtOnceAndArriveOnceMergedWithTheOtherLaptops() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            AttendeeRoster roster = new AttendeeRoster(outage.dao(AttendeeDao.class), clock, outage.offline()::holding);
            List<Attendee> shown = roster.list(meeting);
            Attendee renamed = shown.get(0);
            Attendee merged = shown.get(1);
            Attendee clashed = shown.get(2);
            AttendeeDao server = store.dao(AttendeeDao.class);

            outage.cut();
            AttendeeEdit first = roster.saveOver(renamed, renamed.withName("王新名").withNotes("轮椅通道"));
            AttendeeEdit checkIn = roster.saveOver(merged, merged.withCheckIn(CheckInStatus.ARRIVED));
            Attendee arrived = merged.withCheckIn(CheckInStatus.ARRIVED);
            AttendeeEdit second = roster.saveOver(arrived, arrived.withOrganisation("新单位"));
            AttendeeEdit third = roster.saveOver(clashed, clashed.withPosition("本机职务"));

            assertThat(List.of(first, checkIn, second, third)).as("no storage error during the cut")
                    .allMatch(AttendeeEdit::saved);
            assertThat(outage.outbox().size()).isEqualTo(4);
            assertThat(roster.list(meeting)).as("shown at once on the list").filteredOn(a -> a.id().equals(renamed.id()))
                    .extracting(Attendee::name, Attendee::notes).containsExactly(org.assertj.core.groups.Tuple
                            .tuple("王新名", "轮椅通道"));
            Attendee both = roster.list(meeting).stream().filter(a -> a.id().equals(merged.id())).findFirst()
                    .orElseThrow();
            assertThat(both.organisation()).isEqualTo("新单位");
            assertThat(both.checkIn()).as("a check-in and an edit of one person, in the order made")
                    .isEqualTo(CheckInStatus.ARRIVED);

            server.saveAtVersion(server.find(merged.id()).orElseThrow().withPosition("他处职务"),
                    server.versionOf(merged.id()).orElseThrow(), null);
            server.saveAtVersion(server.find(clashed.id()).orElseThrow().withPosition("他处职务"),
                    server.versionOf(clashed.id()).orElseThrow(), null);
            outage.restore();

            assertThat(outage.send()).isEqualTo(4);
            assertThat(server.find(renamed.id()).orElseThrow()).extracting(Attendee::name, Attendee::notes)
                    .containsExactly("王新名", "轮椅通道");
            Attendee stored = server.find(merged.id()).orElseThrow();
            assertThat(stored.organisation()).as("mine, on a field only I changed").isEqualTo("新单位");
            assertThat(stored.position()).as("theirs, on a field only they changed").isEqualTo("他处职务");
            assertThat(stored.checkIn()).isEqualTo(CheckInStatus.ARRIVED);
            assertThat(server.find(clashed.id()).orElseThrow().position()).as("a clash keeps the other laptop's")
                    .isEqualTo("他处职务");
            assertThat(outage.keptElsewhere()).as("the clash is reported, once").isEqualTo(1);
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(roster.list(meeting)).as("the laptop now shows what is stored")
                    .filteredOn(a -> a.id().equals(clashed.id())).extracting(Attendee::position)
                    .containsExactly("他处职务");
        }
    }

    @Test
    void anEditWhoseCommitArrivedButNotItsAnswerIsNotStoredTwice() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            AttendeeRoster roster = new AttendeeRoster(outage.dao(AttendeeDao.class), clock, outage.offline()::holding);
            Attendee seen = roster.list(meeting).get(0);
            outage.cut();
            roster.saveOver(seen, seen.withNotes("已到会务组"));
            AttendeeDao server = store.dao(AttendeeDao.class);
            server.saveAtVersion(seen.withNotes("已到会务组"), server.versionOf(seen.id()).orElseThrow(), null);
            int version = server.versionOf(seen.id()).orElseThrow();
            outage.restore();

            assertThat(outage.send()).isEqualTo(1);
            assertThat(server.versionOf(seen.id()).orElseThrow()).as("not written again").isEqualTo(version);
            assertThat(outage.keptElsewhere()).isZero();
        }
    }
}
