package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.model.Meeting;
import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentCounts;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Procedure;
import org.huiwu.model.incidents.ProcedureStep;
import org.huiwu.model.incidents.Severity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IncidentDao} and {@link ProcedureDao} on a real H2 file database built by the migrations. */
@Tag("dao")
class IncidentDaoTest {

    private static final Instant T0 = Instant.parse("2025-03-12T01:42:07.123456Z");
    private static final UUID PROCEDURE = UUID.randomUUID();

    @TempDir
    Path dataDir;

    private Database database;
    private IncidentDao incidents;
    private UUID meetingId;

    @BeforeEach
    void open() {
        database = TestStores.fresh(dataDir);
        incidents = database.dao(IncidentDao.class);
        Meeting meeting = Fixtures.meeting("常务会议", LocalDate.of(2025, 3, 12));
        database.dao(MeetingDao.class).save(meeting, T0);
        meetingId = meeting.id();
        database.dao(ProcedureDao.class).insertAll(List.of(new Procedure(PROCEDURE, IncidentType.AUDIO_FAILURE, 1, "",
                List.of(new ProcedureStep(1, "换话筒", "Swap the mic", ContactRole.SOUND_TECHNICIAN),
                        new ProcedureStep(2, "检查", "Check", null)), T0, "")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Incident incident(UUID id) {
        return new Incident(id, meetingId, IncidentType.AUDIO_FAILURE, T0, "主席台", "podium/1/4", Severity.MAJOR,
                "话筒无声", IncidentStatus.OPEN, PROCEDURE, 1, "吕佳", null, null, null, false, "", 1);
    }

    @Test
    void anIncidentReadsBackWithEveryValue() {
        Incident saved = incident(UUID.randomUUID());

        incidents.create(new IncidentVersion(saved, T0, "吕佳", ChangeKind.CREATED));

        assertThat(incidents.find(saved.id())).contains(saved);
        assertThat(incidents.listByMeeting(meetingId)).containsExactly(saved);
        assertThat(incidents.history(saved.id())).containsExactly(new IncidentVersion(saved, T0, "吕佳",
                ChangeKind.CREATED));
    }

    @Test
    void aChangeUpdatesTheCurrentRowAndAddsAVersionRow() {
        Incident first = incident(UUID.randomUUID());
        incidents.create(new IncidentVersion(first, T0, "吕佳", ChangeKind.CREATED));
        Instant later = T0.plusSeconds(600);
        Incident second = first.withStatus(IncidentStatus.RESOLVED, later).atVersion(2);

        incidents.change(new IncidentVersion(second, later, "王芳", ChangeKind.STATUS_CHANGED));

        assertThat(incidents.find(first.id())).contains(second);
        assertThat(incidents.history(first.id())).extracting(IncidentVersion::incident).containsExactly(first, second);
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndWritesNothing() {
        Incident first = incident(UUID.randomUUID());
        incidents.create(new IncidentVersion(first, T0, "吕佳", ChangeKind.CREATED));
        incidents.change(new IncidentVersion(first.asVoided("误报").atVersion(2), T0, "吕佳", ChangeKind.VOIDED));

        Incident stale = first.withStatus(IncidentStatus.CLOSED, T0).atVersion(2);

        assertThatThrownBy(() -> incidents.change(new IncidentVersion(stale, T0, "王芳", ChangeKind.STATUS_CHANGED)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(incidents.find(first.id()).orElseThrow().voided()).isTrue();
        assertThat(incidents.history(first.id())).hasSize(2);
    }

    @Test
    void countsGroupByMeetingWithoutVoided() {
        incidents.create(new IncidentVersion(incident(UUID.randomUUID()), T0, "", ChangeKind.CREATED));
        Incident resolved = incident(UUID.randomUUID());
        incidents.create(new IncidentVersion(resolved, T0, "", ChangeKind.CREATED));
        incidents.change(new IncidentVersion(resolved.withStatus(IncidentStatus.RESOLVED, T0).atVersion(2), T0, "",
                ChangeKind.STATUS_CHANGED));
        Incident voided = incident(UUID.randomUUID());
        incidents.create(new IncidentVersion(voided, T0, "", ChangeKind.CREATED));
        incidents.change(new IncidentVersion(voided.asVoided("重复").atVersion(2), T0, "", ChangeKind.VOIDED));

        assertThat(incidents.countRows()).containsExactly(new IncidentCounts(meetingId, 2, 1, 0));
    }

    @Test
    void procedureVersionsAreKeptSideBySide() {
        ProcedureDao procedures = database.dao(ProcedureDao.class);
        Procedure v2 = new Procedure(PROCEDURE, IncidentType.AUDIO_FAILURE, 2, "guide",
                List.of(new ProcedureStep(1, "新步骤", "New step", null)), T0.plusSeconds(60), "主管");

        procedures.insertAll(List.of(v2));

        assertThat(procedures.find(PROCEDURE, 1).orElseThrow().steps()).hasSize(2);
        assertThat(procedures.find(PROCEDURE, 2)).contains(v2);
        assertThat(procedures.latest()).containsExactly(v2);
        assertThat(procedures.history(IncidentType.AUDIO_FAILURE)).extracting(Procedure::version).containsExactly(1, 2);
    }

    @Test
    void incidentsSurviveReopeningTheDatabase() {
        Incident saved = incident(UUID.randomUUID());
        incidents.create(new IncidentVersion(saved, T0, "吕佳", ChangeKind.CREATED));
        database.close();

        database = TestStores.fresh(dataDir);

        assertThat(database.dao(IncidentDao.class).find(saved.id())).contains(saved);
    }
}
