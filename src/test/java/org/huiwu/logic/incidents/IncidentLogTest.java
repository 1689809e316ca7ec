package org.huiwu.logic.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentDraft;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Severity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IncidentLog} on real H2: quick capture, the audit history of corrections and voids, the status lifecycle. */
@Tag("dao")
class IncidentLogTest {

    @TempDir
    Path dataDir;

    private IncidentTestbed bed;
    private IncidentLog log;

    @BeforeEach
    void open() {
        bed = new IncidentTestbed(dataDir);
        log = bed.desk.log();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theTimeIsStampedAtTheFirstClickNotAtSave() {
        IncidentDraft draft = log.begin(bed.meetingId, "吕佳");
        Instant saved = bed.clock.advance(Duration.ofMinutes(3));

        Incident incident = log.report(draft.withType(IncidentType.POWER_OUTAGE).withLocation("1号会议室", "")
                .withSeverity(Severity.MAJOR).withDescription("整层停电"));

        assertThat(incident.occurredAt()).isEqualTo(IncidentTestbed.START);
        assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(log.find(incident.id())).contains(incident);
        IncidentVersion created = log.history(incident.id()).get(0);
        assertThat(created.kind()).isEqualTo(ChangeKind.CREATED);
        assertThat(created.changedAt()).isEqualTo(saved);
        assertThat(created.changedBy()).isEqualTo("吕佳");
    }

    @Test
    void reportingWithoutATypeIsRefused() {
        assertThatThrownBy(() -> log.report(log.begin(bed.meetingId, "吕佳")))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.TYPE_MISSING);
        assertThat(bed.rows("incident")).isZero();
    }

    @Test
    void aCorrectionKeepsBothVersionsWithTheirTimesAndAuthors() {
        Incident reported = log.report(log.begin(bed.meetingId, "吕佳").withType(IncidentType.AUDIO_FAILURE)
                .withDescription("话筒没声音"));
        Instant corrected = bed.clock.advance(Duration.ofMinutes(10));

        Incident current = log.correct(reported.id(), reported.details().withDescription("3号话筒无声，接线松动"), "王芳");

        assertThat(current.description()).isEqualTo("3号话筒无声，接线松动");
        assertThat(current.version()).isEqualTo(2);
        List<IncidentVersion> history = log.history(reported.id());
        assertThat(history).extracting(IncidentVersion::number).containsExactly(1, 2);
        assertThat(history).extracting(v -> v.incident().description()).containsExactly("话筒没声音", "3号话筒无声，接线松动");
        assertThat(history).extracting(IncidentVersion::changedBy).containsExactly("吕佳", "王芳");
        assertThat(history).extracting(IncidentVersion::changedAt).containsExactly(IncidentTestbed.START, corrected);
        assertThat(history.get(1).kind()).isEqualTo(ChangeKind.EDITED);
    }

    @Test
    void aVoidKeepsTheRecordAndItsReason() {
        Incident reported = log.report(bed.meetingId, IncidentType.DISTURBANCE, "吕佳");

        log.voidEntry(reported.id(), "误报：来人是会务组同事", "王芳");

        Incident voided = log.find(reported.id()).orElseThrow();
        assertThat(voided.voided()).isTrue();
        assertThat(voided.voidReason()).isEqualTo("误报：来人是会务组同事");
        assertThat(log.history(reported.id())).extracting(IncidentVersion::kind)
                .containsExactly(ChangeKind.CREATED, ChangeKind.VOIDED);
        assertThat(log.timeline(bed.meetingId, IncidentFilter.all())).containsExactly(voided);
        assertThat(log.timeline(bed.meetingId, IncidentFilter.all().withVoided(false))).isEmpty();
        assertThat(log.counts(bed.meetingId).total()).isZero();
        assertThat(bed.rows("incident")).isEqualTo(1);
    }

    @Test
    void aVoidedIncidentCannotBeChangedOrVoidedAgain() {
        Incident reported = log.report(bed.meetingId, IncidentType.OTHER, "吕佳");
        log.voidEntry(reported.id(), "重复登记", "吕佳");

        assertThatThrownBy(() -> log.correct(reported.id(), reported.details().withDescription("x"), "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.VOIDED);
        assertThatThrownBy(() -> log.voidEntry(reported.id(), "again", "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.VOIDED);
        assertThat(log.history(reported.id())).hasSize(2);
    }

    @Test
    void voidingNeedsAReason() {
        Incident reported = log.report(bed.meetingId, IncidentType.OTHER, "吕佳");

        assertThatThrownBy(() -> log.voidEntry(reported.id(), "  ", "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.REASON_MISSING);
        assertThat(log.find(reported.id()).orElseThrow().voided()).isFalse();
    }

    @Test
    void statusMovesForwardAndRecordsTheTimeOfEachMove() {
        Incident reported = log.report(bed.meetingId, IncidentType.POWER_OUTAGE, "吕佳");
        Instant handling = bed.clock.advance(Duration.ofMinutes(1));
        log.setStatus(reported.id(), IncidentStatus.HANDLING, "吕佳");
        Instant resolved = bed.clock.advance(Duration.ofMinutes(20));
        log.setStatus(reported.id(), IncidentStatus.RESOLVED, "吕佳");
        Instant closed = bed.clock.advance(Duration.ofHours(2));

        Incident done = log.setStatus(reported.id(), IncidentStatus.CLOSED, "王芳");

        assertThat(done.handlingAt()).isEqualTo(handling);
        assertThat(done.resolvedAt()).isEqualTo(resolved);
        assertThat(done.closedAt()).isEqualTo(closed);
        assertThat(log.find(reported.id())).contains(done);
        assertThat(log.history(reported.id())).extracting(v -> v.incident().status()).containsExactly(
                IncidentStatus.OPEN, IncidentStatus.HANDLING, IncidentStatus.RESOLVED, IncidentStatus.CLOSED);
    }

    @Test
    void statusCannotGoBackAndAClosedIncidentIsNotEdited() {
        Incident reported = log.report(bed.meetingId, IncidentType.POWER_OUTAGE, "吕佳");
        log.setStatus(reported.id(), IncidentStatus.RESOLVED, "吕佳");

        assertThatThrownBy(() -> log.setStatus(reported.id(), IncidentStatus.HANDLING, "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.STATUS_BACKWARDS);
        log.setStatus(reported.id(), IncidentStatus.CLOSED, "吕佳");
        assertThatThrownBy(() -> log.correct(reported.id(), reported.details().withDescription("补记"), "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.CLOSED);
        assertThat(log.find(reported.id()).orElseThrow().handlingAt()).isNull();
    }

    @Test
    void settingTheSameStatusWritesNoVersion() {
        Incident reported = log.report(bed.meetingId, IncidentType.OTHER, "吕佳");

        log.setStatus(reported.id(), IncidentStatus.OPEN, "吕佳");

        assertThat(log.history(reported.id())).hasSize(1);
    }

    @Test
    void aNewTypeSwitchesProcedureUntilAStepIsTicked() {
        Incident reported = log.report(bed.meetingId, IncidentType.PROJECTOR_FAILURE, "吕佳");

        Incident retyped = log.correct(reported.id(), reported.details().withType(IncidentType.AUDIO_FAILURE), "吕佳");

        assertThat(retyped.procedureId()).isEqualTo(ShippedProcedures.idOf(IncidentType.AUDIO_FAILURE));
        bed.desk.checklists().tick(reported.id(), 1, "吕佳");
        Incident afterTick = log.find(reported.id()).orElseThrow();
        assertThatThrownBy(() -> log.correct(reported.id(), afterTick.details().withType(IncidentType.OTHER), "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.TYPE_LOCKED);
    }

    @Test
    void tooLongTextIsRefusedAndNothingIsWritten() {
        String essay = "字".repeat(IncidentProblem.MAX_DESCRIPTION + 1);

        assertThatThrownBy(() -> log.report(log.begin(bed.meetingId, "吕佳").withType(IncidentType.OTHER)
                .withDescription(essay)))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.TEXT_TOO_LONG);
        assertThat(bed.rows("incident_version")).isZero();
    }

    @Test
    void unknownIncidentIsReportedAsNotFound() {
        assertThatThrownBy(() -> log.setStatus(java.util.UUID.randomUUID(), IncidentStatus.CLOSED, "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.NOT_FOUND);
    }
}
