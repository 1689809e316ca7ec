package org.huiwu.logic.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentCounts;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A meeting's incident timeline with its filters, and the incident counts per meeting. */
@Tag("dao")
class IncidentTimelineTest {

    @TempDir
    Path dataDir;

    private IncidentTestbed bed;
    private IncidentLog log;
    private Incident fire;
    private Incident mic;
    private Incident medical;

    @BeforeEach
    void open() {
        bed = new IncidentTestbed(dataDir);
        log = bed.desk.log();
        mic = report(IncidentType.AUDIO_FAILURE, Severity.GENERAL);
        bed.clock.advance(Duration.ofMinutes(5));
        fire = report(IncidentType.FIRE_OR_SMOKE, Severity.SEVERE);
        bed.clock.advance(Duration.ofMinutes(5));
        medical = report(IncidentType.MEDICAL_EMERGENCY, Severity.MAJOR);
        mic = log.setStatus(mic.id(), IncidentStatus.RESOLVED, "吕佳");
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private Incident report(IncidentType type, Severity severity) {
        return log.report(log.begin(bed.meetingId, "吕佳").withType(type).withSeverity(severity));
    }

    @Test
    void timelineListsIncidentsInTheOrderTheyOccurred() {
        assertThat(log.timeline(bed.meetingId, IncidentFilter.all())).containsExactly(mic, fire, medical);
    }

    @Test
    void filtersByTypeStatusAndSeverityCombine() {
        assertThat(log.timeline(bed.meetingId, IncidentFilter.all().withTypes(Set.of(IncidentType.FIRE_OR_SMOKE))))
                .containsExactly(fire);
        assertThat(log.timeline(bed.meetingId, IncidentFilter.all().withStatuses(Set.of(IncidentStatus.OPEN))))
                .containsExactly(fire, medical);
        assertThat(log.timeline(bed.meetingId, IncidentFilter.all().withSeverities(Set.of(Severity.MAJOR,
                Severity.SEVERE)).withStatuses(Set.of(IncidentStatus.OPEN)))).containsExactly(fire, medical);
        assertThat(log.timeline(bed.meetingId, IncidentFilter.all().withTypes(Set.of(IncidentType.AUDIO_FAILURE))
                .withStatuses(Set.of(IncidentStatus.OPEN)))).isEmpty();
    }

    @Test
    void otherMeetingsIncidentsStayOutOfTheTimeline() {
        UUID other = bed.newMeeting("专题会议");
        log.report(other, IncidentType.OTHER, "吕佳");

        assertThat(log.timeline(bed.meetingId, IncidentFilter.all())).hasSize(3);
        assertThat(log.timeline(other, IncidentFilter.all())).hasSize(1);
    }

    @Test
    void countsPerMeetingLeaveOutVoidedIncidents() {
        UUID other = bed.newMeeting("专题会议");
        Incident wrong = log.report(other, IncidentType.OTHER, "吕佳");
        log.voidEntry(wrong.id(), "误报", "吕佳");
        UUID quiet = bed.newMeeting("无事件的会议");

        assertThat(log.counts(bed.meetingId)).isEqualTo(new IncidentCounts(bed.meetingId, 3, 2, 1));
        assertThat(log.counts(other)).isEqualTo(IncidentCounts.none(other));
        assertThat(log.counts(quiet)).isEqualTo(IncidentCounts.none(quiet));
        assertThat(log.countsPerMeeting()).containsOnlyKeys(bed.meetingId);
    }
}
