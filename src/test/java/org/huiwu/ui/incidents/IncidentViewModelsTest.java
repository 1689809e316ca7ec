package org.huiwu.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.huiwu.ui.common.Attendant;
import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incident screens' ViewModels on the sample meeting, without the FX toolkit, on real H2 with the
 * fixture's fixed clock ({@link IncidentScreens}): quick capture, the checklist's ticks and skips, notifying
 * contacts and the timeline's filters. Corrections are {@link IncidentCorrectionsTest}'s, the left items and
 * classified documents {@link LeftItemsAndDocumentCopiesTest}'s.
 */
class IncidentViewModelsTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private IncidentScreens screens;
    private ViewModelFixture fixture;
    private Attendant attendant;
    private IncidentsViewModel incidents;
    private IncidentCaptureViewModel capture;
    private List<Incident> saved;
    private List<String> guidesOpened;

    @BeforeEach
    void openSample() {
        screens = new IncidentScreens(dataDir);
        fixture = screens.fixture;
        attendant = screens.attendant;
        incidents = screens.incidents;
        capture = screens.capture;
        saved = screens.saved;
        guidesOpened = screens.guidesOpened;
    }

    @AfterEach
    void close() {
        screens.close();
    }

    private Path png() throws Exception {
        Path file = files.resolve("scene.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    @Test
    void captureStampsTheFirstClickAndSavesWithItsFiles() throws Exception {
        assertThat(capture.begin()).isTrue();
        assertThat(capture.draft().occurredAt()).isEqualTo(ViewModelFixture.CLOCK.instant());
        assertThat(capture.stampedAtProperty().get()).contains("09:15");
        assertThat(capture.typeMissing().get()).isTrue();
        capture.typeProperty().set(IncidentType.POWER_OUTAGE);
        capture.form().severityProperty().set(Severity.MAJOR);
        capture.form().locationProperty().set("Hall B");
        capture.form().descriptionProperty().set("Lights out");
        capture.addFile(png());
        capture.save();

        Incident incident = saved.get(0);
        assertThat(incident.occurredAt()).isEqualTo(ViewModelFixture.CLOCK.instant());
        assertThat(incident.reportedBy()).isEqualTo("Zhou Min");
        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(incidents.selectedProperty().get().id()).isEqualTo(incident.id());
        assertThat(incidents.detail().attachments()).singleElement().satisfies(a -> assertThat(a.isImage()).isTrue());
        assertThat(fixture.dialogs.errors()).isEmpty();
    }

    @Test
    void theNameTypedInTheCaptureFormIsTheReporterOfTheFirstVersion() {
        attendant.nameProperty().set("");
        assertThat(capture.begin()).isTrue();
        capture.typeProperty().set(IncidentType.AUDIO_FAILURE);
        attendant.nameProperty().set("  Lü Jia ");
        capture.save();

        Incident incident = saved.get(0);
        assertThat(incident.reportedBy()).isEqualTo("Lü Jia");
        assertThat(fixture.context.incidents().log().history(incident.id())).singleElement()
                .satisfies(first -> {
                    assertThat(first.kind()).isEqualTo(ChangeKind.CREATED);
                    assertThat(first.changedBy()).isEqualTo("Lü Jia");
                });
    }

    @Test
    void captureWithoutAMeetingSaysSo() {
        fixture.state.currentMeetingProperty().set(null);
        assertThat(capture.begin()).isFalse();
        assertThat(fixture.dialogs.information()).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("meeting"));
    }

    @Test
    void stepsAreTickedAndSkippedWithTimeAuthorAndReason() {
        screens.captureOne(IncidentType.AUDIO_FAILURE);
        incidents.detail().tick(1);
        incidents.detail().skip(2);
        assertThat(fixture.dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(fixture.i18n.get("incident.problem.reasonMissing")));
        incidents.detail().reasonProperty().set("Spare microphone at hand");
        incidents.detail().skip(2);

        assertThat(incidents.detail().steps().get(0).tick()).hasValueSatisfying(t -> {
            assertThat(t.tickedBy()).isEqualTo("Zhou Min");
            assertThat(t.tickedAt()).isEqualTo(ViewModelFixture.CLOCK.instant());
        });
        assertThat(incidents.detail().steps().get(1).tick()).hasValueSatisfying(t -> {
            assertThat(t.skipped()).isTrue();
            assertThat(t.skipReason()).isEqualTo("Spare microphone at hand");
        });
        assertThat(incidents.selectedProperty().get().status()).isEqualTo(IncidentStatus.HANDLING);
    }

    @Test
    void notifyingAContactLogsTheTimeAndTheGuideLinkOpens() {
        screens.captureOne(IncidentType.FIRE_OR_SMOKE);
        assertThat(incidents.detail().notifiedState(incidents.detail().contacts().get(0))).isEmpty();
        incidents.detail().notifyContact(incidents.detail().contacts().get(0));
        assertThat(incidents.detail().notifiedState(incidents.detail().contacts().get(0))).isEqualTo("Notified 09:15");
        assertThat(fixture.i18n.get("incident.contact.notify")).as("the button names the action").isEqualTo("Notify");
        assertThat(incidents.detail().notifications()).singleElement()
                .satisfies(n -> assertThat(n.notifiedAt()).isEqualTo(ViewModelFixture.CLOCK.instant()));
        incidents.detail().openGuide();
        assertThat(guidesOpened).containsExactly(incidents.detail().guideIdProperty().get());
        assertThat(guidesOpened.get(0)).isNotEmpty();
    }

    @Test
    void filtersNarrowTheTimelineAndCountsCoverTheMeeting() {
        incidents.reload(null);
        int sampleCount = incidents.list().timeline().size();
        screens.captureOne(IncidentType.MEDICAL_EMERGENCY);
        assertThat(incidents.list().timeline()).hasSize(sampleCount + 1);

        incidents.list().typeFilterProperty().set(IncidentType.MEDICAL_EMERGENCY);
        assertThat(incidents.list().timeline()).singleElement().extracting(Incident::type)
                .isEqualTo(IncidentType.MEDICAL_EMERGENCY);
        incidents.list().typeFilterProperty().set(null);
        incidents.list().statusFilterProperty().set(IncidentStatus.RESOLVED);
        assertThat(incidents.list().timeline()).allMatch(i -> i.status() == IncidentStatus.RESOLVED).isNotEmpty();
        incidents.list().statusFilterProperty().set(null);
        incidents.list().severityFilterProperty().set(Severity.MAJOR);
        assertThat(incidents.list().timeline()).allMatch(i -> i.severity() == Severity.MAJOR).isNotEmpty();
        assertThat(incidents.list().countsProperty().get()).startsWith((sampleCount + 1) + " in all");
    }
}
