package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.incidents.IncidentFilter;
import org.huiwu.logic.live.OutboxSender;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.live.QueuedRecord;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records whose commit reached the store but whose answer did not (decision 0031, amended): the outbox still
 * holds a checklist mark, a new incident, an incident's next version and check-ins (one carrying the state the
 * attendant saw) that the store already has;
 * sending them leaves the queue empty and stores nothing twice. H2 (the sender is the same on both engines).
 */
class OutboxResendTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path laptop;

    @Test
    void recordsAlreadyStoredAreNotStoredAgain() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                LocalOutbox outbox = LocalOutbox.open(laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            ItemMark mark = context.checklists().history(meeting).get(0);
            Incident incident = context.incidents().log().timeline(meeting, IncidentFilter.all()).get(0);
            Incident changed = context.incidents().log().setStatus(incident.id(),
                    org.huiwu.model.incidents.IncidentStatus.RESOLVED, "张敏");
            IncidentDao incidents = store.dao(IncidentDao.class);
            IncidentVersion first = incidents.history(incident.id()).get(0);
            IncidentVersion next = incidents.history(incident.id()).get(changed.version() - 1);
            Attendee guest = context.roster().list(SampleMeeting.ID).get(0);
            context.roster().checkIn(guest.id(), CheckInStatus.ARRIVED);
            Attendee seen = context.roster().list(SampleMeeting.ID).stream()
                    .filter(a -> a.checkIn() == CheckInStatus.EXPECTED).findFirst().orElseThrow();
            assertThat(context.roster().saveOver(seen, seen.withCheckIn(CheckInStatus.LATE)).saved()).isTrue();
            int marks = store.dao(MeetingChecklistDao.class).marks(meeting).size();
            int versions = incidents.history(incident.id()).size();

            outbox.add(QueuedRecord.KIND_MARK, mark.id(), meeting, QueuedRecords.mark(mark), mark.markedAt());
            outbox.add(QueuedRecord.KIND_INCIDENT_NEW, incident.id(), meeting, QueuedRecords.incident(first),
                    first.changedAt());
            outbox.add(QueuedRecord.KIND_INCIDENT_VERSION, UUID.randomUUID(), meeting, QueuedRecords.incident(next),
                    next.changedAt());
            outbox.add(QueuedRecord.KIND_CHECK_IN, UUID.randomUUID(), null, QueuedRecords.checkIn(guest.id(),
                    "ARRIVED", clock.instant().atOffset(ZoneOffset.UTC)), clock.instant());
            outbox.add(QueuedRecord.KIND_CHECK_IN, UUID.randomUUID(), null, QueuedRecords.checkIn(seen.id(),
                    "LATE", clock.instant().atOffset(ZoneOffset.UTC), "EXPECTED"), clock.instant());
            OutboxSender sender = new OutboxSender(outbox, tap -> { }, store.dao(AttendeeDao.class),
                    store.dao(MeetingChecklistDao.class), incidents, OfflineDaos::unreachable);

            assertThat(sender.send()).isEqualTo(5);
            assertThat(sender.waiting()).isZero();
            assertThat(store.dao(MeetingChecklistDao.class).marks(meeting)).hasSize(marks);
            assertThat(incidents.history(incident.id())).hasSize(versions);
            assertThat(incidents.listByMeeting(meeting)).filteredOn(i -> i.id().equals(incident.id())).hasSize(1);
            assertThat(store.dao(AttendeeDao.class).find(guest.id()).orElseThrow().checkIn())
                    .isEqualTo(CheckInStatus.ARRIVED);
            assertThat(store.dao(AttendeeDao.class).find(seen.id()).orElseThrow().checkIn())
                    .isEqualTo(CheckInStatus.LATE);
            assertThat(sender.takeKeptElsewhere()).as("a check-in made over the state seen, already stored, is no "
                    + "clash").isZero();
        }
    }
}
