package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.feedback.ComplaintLog;
import org.huiwu.logic.incidents.IncidentFilter;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChange;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintDetails;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.IncidentDao;
import org.junit.jupiter.api.Test;

/**
 * An incident's (and a complaint's) next versions made during an outage whose numbers another laptop took
 * meanwhile (decision 0038):
 * the log is append-only, so they are numbered after the versions stored and kept, in the order made, never
 * dropped; sent again they are not stored twice. Real H2 with a simulated cut ({@link H2Outage}).
 */
class IncidentRenumberTest extends OutageCase {

    @Test
    void versionsWhoseNumbersWereTakenAreNumberedAfterTheOthers() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            Incident listed = context.incidents().log().timeline(meeting, IncidentFilter.all()).stream()
                    .filter(i -> i.status() == IncidentStatus.OPEN).findFirst().orElseThrow();
            IncidentDao laptopDao = outage.dao(IncidentDao.class);
            Incident seen = laptopDao.find(listed.id()).orElseThrow();
            IncidentDao server = store.dao(IncidentDao.class);
            int before = server.history(seen.id()).size();

            outage.cut();
            Instant handling = clock.instant();
            Incident mine = seen.withStatus(IncidentStatus.HANDLING, handling).atVersion(seen.version() + 1);
            laptopDao.change(new IncidentVersion(mine, handling, "本机值班员", ChangeKind.STATUS_CHANGED));
            clock.advance(Duration.ofMinutes(1));
            Instant resolved = clock.instant();
            Incident mineNext = mine.withStatus(IncidentStatus.RESOLVED, resolved).atVersion(mine.version() + 1);
            laptopDao.change(new IncidentVersion(mineNext, resolved, "本机值班员", ChangeKind.STATUS_CHANGED));
            assertThat(laptopDao.find(seen.id()).orElseThrow().status()).as("shown at once")
                    .isEqualTo(IncidentStatus.RESOLVED);

            Incident theirs = seen.asVoided("重复登记").atVersion(seen.version() + 1);
            server.change(new IncidentVersion(theirs, handling.plusSeconds(5), "他处值班员", ChangeKind.VOIDED));
            outage.restore();

            assertThat(outage.send()).isEqualTo(2);
            var history = server.history(seen.id());
            assertThat(history).as("nothing lost: the other laptop's version, then mine renumbered after it")
                    .hasSize(before + 3);
            assertThat(history.subList(before, before + 3)).extracting(IncidentVersion::changedBy, IncidentVersion::number)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("他处值班员", seen.version() + 1),
                            org.assertj.core.groups.Tuple.tuple("本机值班员", seen.version() + 2),
                            org.assertj.core.groups.Tuple.tuple("本机值班员", seen.version() + 3));
            assertThat(server.find(seen.id()).orElseThrow().version()).isEqualTo(seen.version() + 3);
            assertThat(outage.send()).isZero();
            assertThat(server.history(seen.id())).hasSize(before + 3);
        }
    }

    @Test
    void aComplaintVersionWhoseNumberWasTakenIsNumberedAfterTheOthers() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            ComplaintLog complaints = new ComplaintLog(outage.dao(ComplaintDao.class), clock, UUID::randomUUID);
            Complaint open = complaints.record(meeting, new ComplaintDetails(clock.instant(), ComplaintChannel.PHONE,
                    "市财政局", "陈处长", "", "会场环境", "空调太冷", "", "", "", ""), "张敏");
            complaints.ofMeeting(meeting);
            ComplaintDao server = store.dao(ComplaintDao.class);
            int before = server.history(open.id()).size();

            outage.cut();
            complaints.setStatus(open.id(), ComplaintStatus.HANDLING, null, "本机值班员");
            server.change(new ComplaintVersion(open.withDetails(open.details()).atVersion(open.version() + 1),
                    clock.instant().plusSeconds(5), "他处值班员", ComplaintChange.EDITED));
            outage.restore();

            assertThat(outage.send()).isEqualTo(1);
            assertThat(server.history(open.id()).subList(before, before + 2))
                    .extracting(v -> v.changedBy(), ComplaintVersion::number)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("他处值班员", open.version() + 1),
                            org.assertj.core.groups.Tuple.tuple("本机值班员", open.version() + 2));
            assertThat(server.find(open.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.HANDLING);
        }
    }

    @Test
    void aVersionMadeBeforeTheOtherLaptopsResolutionDoesNotMoveTheStatusBack() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            Incident listed = context.incidents().log().timeline(meeting, IncidentFilter.all()).stream()
                    .filter(i -> i.status() == IncidentStatus.OPEN).findFirst().orElseThrow();
            IncidentDao laptopDao = outage.dao(IncidentDao.class);
            Incident seen = laptopDao.find(listed.id()).orElseThrow();
            IncidentDao server = store.dao(IncidentDao.class);
            int before = server.history(seen.id()).size();

            outage.cut();
            Instant handling = clock.instant();
            Incident mine = seen.withStatus(IncidentStatus.HANDLING, handling).atVersion(seen.version() + 1);
            laptopDao.change(new IncidentVersion(mine, handling, "本机值班员", ChangeKind.STATUS_CHANGED));
            Incident corrected = mine.withDetails(new org.huiwu.model.incidents.IncidentDetails(mine.type(),
                    mine.occurredAt(), mine.location(), mine.seatKey(), mine.severity(), "本机更正的说明"),
                    mine.procedureId(), mine.procedureVersion()).atVersion(mine.version() + 1);
            laptopDao.change(new IncidentVersion(corrected, handling.plusSeconds(30), "本机值班员", ChangeKind.EDITED));
            Instant resolved = handling.plusSeconds(10);
            Incident theirs = seen.withStatus(IncidentStatus.RESOLVED, resolved).atVersion(seen.version() + 1);
            server.change(new IncidentVersion(theirs, resolved, "他处值班员", ChangeKind.STATUS_CHANGED));
            outage.restore();

            assertThat(outage.send()).isEqualTo(2);
            var history = server.history(seen.id());
            assertThat(history).as("every version kept").hasSize(before + 3);
            Incident now = server.find(seen.id()).orElseThrow();
            assertThat(now.status()).as("not moved back to being handled").isEqualTo(IncidentStatus.RESOLVED);
            assertThat(now.resolvedAt()).isEqualTo(resolved);
            assertThat(now.description()).as("the offline correction stored").isEqualTo("本机更正的说明");
            assertThat(history.get(before + 1).changedBy()).isEqualTo("本机值班员");
            assertThat(history.get(before + 1).incident().status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(outage.keptElsewhere()).as("both offline versions kept the further status: counted once for"
                    + " the incident (decision 0043)").isEqualTo(1);
        }
    }

    @Test
    void aComplaintClosedElsewhereIsNotReopenedByAnOfflineStatus() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            ComplaintLog complaints = new ComplaintLog(outage.dao(ComplaintDao.class), clock, UUID::randomUUID);
            Complaint open = complaints.record(meeting, new ComplaintDetails(clock.instant(), ComplaintChannel.PHONE,
                    "市财政局", "陈处长", "", "会场环境", "空调太冷", "", "", "", ""), "张敏");
            complaints.ofMeeting(meeting);
            ComplaintDao server = store.dao(ComplaintDao.class);

            outage.cut();
            complaints.setStatus(open.id(), ComplaintStatus.HANDLING, null, "本机值班员");
            Instant closed = clock.instant().plusSeconds(5);
            Complaint theirs = open.withDetails(new ComplaintDetails(open.receivedAt(), open.channel(),
                    open.complainantUnit(), open.complainantName(), "", open.category(), open.content(), "",
                    "", "已调高温度", "")).withStatus(ComplaintStatus.CLOSED, closed).atVersion(open.version() + 1);
            server.change(new ComplaintVersion(theirs, closed, "他处值班员", ComplaintChange.STATUS_CHANGED));
            outage.restore();

            assertThat(outage.send()).isEqualTo(1);
            assertThat(server.history(open.id())).extracting(ComplaintVersion::changedBy)
                    .endsWith("他处值班员", "本机值班员");
            Complaint now = server.find(open.id()).orElseThrow();
            assertThat(now.status()).as("not reopened").isEqualTo(ComplaintStatus.CLOSED);
            assertThat(now.closedAt()).isEqualTo(closed);
            assertThat(now.result()).as("closed with its result").isEqualTo("已调高温度");
            assertThat(outage.keptElsewhere()).isEqualTo(1);
        }
    }

    @Test
    void twoOfflineVersionsOfAComplaintClosedElsewhereAreCountedOnce() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            ComplaintLog complaints = new ComplaintLog(outage.dao(ComplaintDao.class), clock, UUID::randomUUID);
            Complaint open = complaints.record(meeting, new ComplaintDetails(clock.instant(), ComplaintChannel.PHONE,
                    "市财政局", "陈处长", "", "会场环境", "空调太冷", "", "", "", ""), "张敏");
            complaints.ofMeeting(meeting);
            ComplaintDao server = store.dao(ComplaintDao.class);

            outage.cut();
            Complaint handling = complaints.setStatus(open.id(), ComplaintStatus.HANDLING, null, "本机值班员");
            clock.advance(java.time.Duration.ofSeconds(30));
            complaints.correct(open.id(), new ComplaintDetails(handling.receivedAt(), handling.channel(),
                    handling.complainantUnit(), handling.complainantName(), "0513-85000001", handling.category(),
                    handling.content(), "", "", "", ""), "本机值班员");
            Instant closed = clock.instant().plusSeconds(5);
            Complaint theirs = open.withDetails(new ComplaintDetails(open.receivedAt(), open.channel(),
                    open.complainantUnit(), open.complainantName(), "", open.category(), open.content(), "",
                    "", "已调高温度", "")).withStatus(ComplaintStatus.CLOSED, closed).atVersion(open.version() + 1);
            server.change(new ComplaintVersion(theirs, closed, "他处值班员", ComplaintChange.STATUS_CHANGED));
            outage.restore();

            assertThat(outage.send()).isEqualTo(2);
            assertThat(server.history(open.id())).extracting(ComplaintVersion::changedBy)
                    .endsWith("他处值班员", "本机值班员", "本机值班员");
            assertThat(server.find(open.id()).orElseThrow().status()).as("not reopened").isEqualTo(ComplaintStatus.CLOSED);
            assertThat(outage.keptElsewhere()).as("both offline versions kept the further status: counted once for"
                    + " the complaint").isEqualTo(1);
        }
    }
}
