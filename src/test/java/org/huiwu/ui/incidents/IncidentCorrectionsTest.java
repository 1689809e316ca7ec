package org.huiwu.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.huiwu.ui.common.Attendant;
import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incident's record after its capture, on the sample meeting ({@link IncidentScreens}): status moves, corrections
 * kept as versions (and written once when left), voiding that keeps the record visible, and the history line of a
 * version stored without a name.
 */
class IncidentCorrectionsTest {

    @TempDir
    Path dataDir;

    private IncidentScreens screens;
    private ViewModelFixture fixture;
    private Attendant attendant;
    private IncidentTexts texts;
    private IncidentsViewModel incidents;

    @BeforeEach
    void openSample() {
        screens = new IncidentScreens(dataDir);
        fixture = screens.fixture;
        attendant = screens.attendant;
        texts = screens.texts;
        incidents = screens.incidents;
    }

    @AfterEach
    void close() {
        screens.close();
    }

    @Test
    void statusMovesForwardAndACorrectionKeepsTheEarlierVersion() {
        screens.captureOne(IncidentType.PROJECTOR_FAILURE);
        incidents.setStatus(IncidentStatus.RESOLVED);
        incidents.correction().descriptionProperty().set("Projector bulb replaced");
        incidents.saveCorrection();

        assertThat(incidents.selectedProperty().get().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(incidents.selectedProperty().get().description()).isEqualTo("Projector bulb replaced");
        assertThat(incidents.detail().history()).extracting(IncidentVersion::kind)
                .containsExactly(ChangeKind.CREATED, ChangeKind.STATUS_CHANGED, ChangeKind.EDITED);
        assertThat(incidents.detail().history().get(0).incident().description()).isEmpty();
        incidents.setStatus(IncidentStatus.OPEN);
        assertThat(fixture.dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo(fixture.i18n.get("incident.problem.statusBackwards")));
    }

    @Test
    void aCorrectionTypedAndLeftByChoosingAnotherIncidentIsWrittenOnce() {
        Incident first = screens.captureOne(IncidentType.PROJECTOR_FAILURE);
        Incident second = screens.captureOne(IncidentType.AUDIO_FAILURE);
        incidents.select(first);
        incidents.correction().locationProperty().set("Room A");
        incidents.saveCorrection();
        incidents.select(second);

        assertThat(incidents.selectedProperty().get().id()).isEqualTo(second.id());
        assertThat(fixture.context.incidents().log().history(first.id())).extracting(IncidentVersion::kind)
                .containsExactly(ChangeKind.CREATED, ChangeKind.EDITED);
        assertThat(fixture.context.incidents().log().history(first.id()).get(1).incident().location())
                .isEqualTo("Room A");
        incidents.correction().descriptionProperty().set("Hum from the left speaker");
        incidents.select(incidents.list().timeline().stream().filter(i -> i.id().equals(first.id())).findFirst()
                .orElseThrow());
        assertThat(fixture.context.incidents().log().history(second.id()).get(1).incident().description())
                .isEqualTo("Hum from the left speaker");
        assertThat(incidents.correction().locationProperty().get()).isEqualTo("Room A");
        incidents.saveCorrection();
        assertThat(fixture.context.incidents().log().history(first.id())).as("nothing changed: no new version")
                .hasSize(2);
    }

    @Test
    void voidingKeepsTheRecordVisibleAsVoided() {
        Incident incident = screens.captureOne(IncidentType.OTHER);
        incidents.detail().reasonProperty().set("Logged twice");
        incidents.voidSelected();

        Incident shown = incidents.list().timeline().stream().filter(i -> i.id().equals(incident.id())).findFirst()
                .orElseThrow();
        assertThat(shown.voided()).isTrue();
        assertThat(texts.timelineRow(shown)).contains("voided");
        assertThat(incidents.changeableProperty().get()).isFalse();
        assertThat(incidents.detail().history()).last().extracting(IncidentVersion::kind).isEqualTo(ChangeKind.VOIDED);
    }

    @Test
    void aVersionStoredWithoutANameLeavesTheAuthorOutOfItsHistoryLine() {
        attendant.nameProperty().set("");
        Incident incident = screens.captureOne(IncidentType.AUDIO_FAILURE);
        IncidentVersion first = fixture.context.incidents().log().history(incident.id()).get(0);
        assertThat(texts.historyRow(first)).doesNotContain("·  ·").doesNotContain("· ·")
                .isEqualTo("Version 1 · 09:15 · Reported · Open");
        attendant.nameProperty().set("Zhou Min");
        Incident named = screens.captureOne(IncidentType.AUDIO_FAILURE);
        assertThat(texts.historyRow(fixture.context.incidents().log().history(named.id()).get(0)))
                .isEqualTo("Version 1 · 09:15 · Reported · Zhou Min · Open");
    }
}
