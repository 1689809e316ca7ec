package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.incidents.IncidentFilter;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChange;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintDetails;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentDetails;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Severity;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.IncidentDao;
import org.junit.jupiter.api.Test;

/**
 * Two versions of one incident made during an outage, renumbered after another laptop's correction and resolution
 * (decision 0043), on real H2 with a simulated cut ({@link H2Outage}): their corrected fields are merged field by
 * field against the incident as this laptop saw it — a field only the other laptop corrected keeps theirs, a field
 * only this laptop changed keeps this laptop's, a field both changed keeps theirs — the status is not moved back,
 * every version stays in the history, and the clash is counted once for the incident, not once per version. Before
 * 0043 the versions were stored with their other fields as made (the other laptop's severity and description
 * overwritten) and counted twice.
 */
class IncidentFieldMergeOutageTest extends OutageCase {

    @Test
    void renumberedVersionsMergeTheirFieldsAgainstWhatThisLaptopSawAndCountOnce() {
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
            Severity otherSeverity = Severity.values()[(seen.severity().ordinal() + 1) % Severity.values().length];

            outage.cut();
            Incident mine = details(seen, seen.details().type(), "东门入口", seen.severity(), "本机改的描述")
                    .atVersion(seen.version() + 1);
            laptopDao.change(new IncidentVersion(mine, clock.instant(), "本机值班员", ChangeKind.EDITED));
            clock.advance(Duration.ofMinutes(1));
            Incident mineNext = mine.withStatus(IncidentStatus.HANDLING, clock.instant()).atVersion(mine.version() + 1);
            laptopDao.change(new IncidentVersion(mineNext, clock.instant(), "本机值班员", ChangeKind.STATUS_CHANGED));
            assertThat(laptopDao.find(seen.id()).orElseThrow().location()).as("shown at once").isEqualTo("东门入口");

            Incident theirs = details(seen, seen.details().type(), seen.location(), otherSeverity, "他处改的描述")
                    .withStatus(IncidentStatus.RESOLVED, clock.instant()).atVersion(seen.version() + 1);
            server.change(new IncidentVersion(theirs, clock.instant().plusSeconds(5), "他处值班员",
                    ChangeKind.EDITED));
            outage.restore();

            assertThat(outage.send()).isEqualTo(2);
            Incident stored = server.find(seen.id()).orElseThrow();
            assertThat(stored.location()).as("only this laptop changed it: mine").isEqualTo("东门入口");
            assertThat(stored.severity()).as("only the other laptop corrected it: theirs").isEqualTo(otherSeverity);
            assertThat(stored.description()).as("both changed it: theirs").isEqualTo("他处改的描述");
            assertThat(stored.status()).as("never moved back").isEqualTo(IncidentStatus.RESOLVED);
            assertThat(server.history(seen.id())).as("every version kept").hasSize(before + 3);
            assertThat(server.history(seen.id()).get(before + 1).incident().description())
                    .as("the first renumbered version merged too").isEqualTo("他处改的描述");
            assertThat(outage.keptElsewhere()).as("counted once for the incident").isEqualTo(1);
            assertThat(outage.send()).isZero();
        }
    }

    @Test
    void aRenumberedComplaintVersionMergesItsDetailsAgainstWhatThisLaptopSaw() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            var complaints = new org.huiwu.logic.feedback.ComplaintLog(outage.dao(ComplaintDao.class), clock,
                    UUID::randomUUID);
            Complaint open = complaints.record(meeting, new ComplaintDetails(clock.instant(), ComplaintChannel.PHONE,
                    "市财政局", "陈处长", "", "会场环境", "空调太冷", "", "", "", ""), "张敏");
            ComplaintDao laptopDao = outage.dao(ComplaintDao.class);
            Complaint seen = laptopDao.find(open.id()).orElseThrow();
            ComplaintDao server = store.dao(ComplaintDao.class);

            outage.cut();
            Complaint mine = seen.withDetails(new ComplaintDetails(seen.receivedAt(), seen.channel(),
                    seen.complainantUnit(), seen.complainantName(), "13800000000", seen.category(), "空调太冷，已调",
                    "", "", "", "")).atVersion(seen.version() + 1);
            laptopDao.change(new ComplaintVersion(mine, clock.instant(), "本机值班员", ComplaintChange.EDITED));
            Complaint theirs = seen.withDetails(new ComplaintDetails(seen.receivedAt(), seen.channel(),
                    seen.complainantUnit(), seen.complainantName(), "", "会场设施", "空调太冷（他处更正）", "", "",
                    "", "")).atVersion(seen.version() + 1);
            server.change(new ComplaintVersion(theirs, clock.instant().plusSeconds(5), "他处值班员",
                    ComplaintChange.EDITED));
            outage.restore();

            assertThat(outage.send()).isEqualTo(1);
            Complaint stored = server.find(open.id()).orElseThrow();
            assertThat(stored.complainantContact()).as("only this laptop changed it").isEqualTo("13800000000");
            assertThat(stored.category()).as("only the other laptop changed it").isEqualTo("会场设施");
            assertThat(stored.content()).as("both changed it: theirs").isEqualTo("空调太冷（他处更正）");
            assertThat(server.history(open.id())).hasSize(3);
            assertThat(outage.keptElsewhere()).isEqualTo(1);
        }
    }

    private static Incident details(Incident incident, org.huiwu.model.incidents.IncidentType type, String location,
            Severity severity, String description) {
        return incident.withDetails(new IncidentDetails(type, incident.occurredAt(), location, incident.seatKey(),
                severity, description), incident.procedureId(), incident.procedureVersion());
    }
}
