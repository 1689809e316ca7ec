package org.huiwu.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.huiwu.ui.common.Attendant;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Severity;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incident screens' ViewModels on the sample meeting, without the FX toolkit, on real H2 with the
 * fixture's fixed clock: quick capture, checklist, status, corrections, voiding, filters, left items
 * and classified document recovery.
 */
class IncidentViewModelsTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private ViewModelFixture fixture;
    private Attendant attendant;
    private IncidentTexts texts;
    private IncidentsViewModel incidents;
    private IncidentCaptureViewModel capture;
    private final List<Incident> saved = new ArrayList<>();
    private final List<String> guidesOpened = new ArrayList<>();

    @BeforeEach
    void openSample() {
        fixture = new ViewModelFixture(dataDir);
        fixture.context.sampleMeeting().ensure();
        attendant = new Attendant();
        attendant.nameProperty().set("Zhou Min");
        texts = new IncidentTexts(fixture.i18n, fixture.failures, ViewModelFixture.CLOCK.getZone());
        incidents = new IncidentsViewModel(fixture.context.incidents(), fixture.state, attendant, fixture.runner,
                fixture.dialogs, texts, file -> false, guidesOpened::add);
        capture = new IncidentCaptureViewModel(fixture.context.incidents(), fixture.state, attendant, fixture.runner,
                fixture.dialogs, texts, incident -> {
                    saved.add(incident);
                    incidents.reload(incident.id());
                });
        fixture.state.currentMeetingProperty().set(sample());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Meeting sample() {
        return fixture.context.meetings().find(SampleMeeting.ID).orElseThrow();
    }

    private Incident captureOne(IncidentType type) {
        assertThat(capture.begin()).isTrue();
        capture.typeProperty().set(type);
        capture.save();
        return saved.get(saved.size() - 1);
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
        captureOne(IncidentType.AUDIO_FAILURE);
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
        captureOne(IncidentType.FIRE_OR_SMOKE);
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
    void statusMovesForwardAndACorrectionKeepsTheEarlierVersion() {
        captureOne(IncidentType.PROJECTOR_FAILURE);
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
        Incident first = captureOne(IncidentType.PROJECTOR_FAILURE);
        Incident second = captureOne(IncidentType.AUDIO_FAILURE);
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
        Incident incident = captureOne(IncidentType.OTHER);
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
    void filtersNarrowTheTimelineAndCountsCoverTheMeeting() {
        incidents.reload(null);
        int sampleCount = incidents.list().timeline().size();
        captureOne(IncidentType.MEDICAL_EMERGENCY);
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

    @Test
    void leftItemsStayListedUntilReturned() {
        LeftItemsViewModel items = new LeftItemsViewModel(fixture.context.incidents().leftItems(), fixture.state,
                attendant, fixture.runner, fixture.dialogs, texts);
        items.reload();
        int before = items.shown().size();
        items.whatProperty().set("Blue folder");
        items.foundWhereProperty().set("Row 1 seat 2");
        items.registerItem();
        assertThat(items.shown()).hasSize(before + 1);
        var folder = items.shown().stream().filter(i -> i.what().equals("Blue folder")).findFirst().orElseThrow();
        assertThat(items.describe(folder)).contains("Row 1 seat 2", "09:15", "Zhou Min");

        items.personProperty().set("Front desk");
        items.handOver(folder);
        items.personProperty().set("Li Wenhua");
        items.markReturned(folder);
        assertThat(items.shown()).noneMatch(i -> i.id().equals(folder.id()));
        items.openOnlyProperty().set(false);
        assertThat(items.shown()).anyMatch(i -> i.id().equals(folder.id()) && !i.isOpen()
                && i.handedTo().equals("Front desk") && i.returnedTo().equals("Li Wenhua"));
    }

    @Test
    void closingTheRecoveryWithCopiesOutRaisesALostDocumentIncident() {
        DocumentCopiesViewModel documents = new DocumentCopiesViewModel(fixture.context.incidents().documents(),
                fixture.context.roster(), fixture.state, attendant, fixture.runner, fixture.dialogs, texts,
                lost -> incidents.reload(lost.id()));
        assertThat(documents.classifiedProperty().get()).isFalse();
        Meeting m = sample();
        fixture.state.currentMeetingProperty().set(new Meeting(m.id(), m.title(), m.category(), m.date(),
                m.startTime(), m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(),
                Confidentiality.CLASSIFIED, m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(),
                m.contactPhone(), m.notes(), m.agenda()));
        documents.reload();
        assertThat(documents.classifiedProperty().get()).isTrue();

        documents.titleProperty().set("Draft budget");
        documents.issue(documents.attendees().subList(0, 3));
        assertThat(documents.copies()).hasSize(3);
        documents.markSigned(documents.copies().get(1));
        assertThat(documents.copies().get(1).signedAt()).isNotNull();
        assertThat(documents.copies().get(2).signedAt()).isNull();
        documents.markRecovered(documents.copies().get(0));
        assertThat(documents.summaryProperty().get()).isEqualTo("3 copies issued, 2 not recovered");
        assertThat(documents.describe(documents.copies().get(1))).contains("Draft budget", "still out");

        documents.closeRecovery();
        assertThat(documents.closedProperty().get()).isTrue();
        assertThat(fixture.dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).startsWith("2 copies"));
        Incident lost = incidents.selectedProperty().get();
        assertThat(lost.type()).isEqualTo(IncidentType.CONFIDENTIAL_DOCUMENT_LOST);
        assertThat(lost.severity()).isEqualTo(Severity.SEVERE);
        assertThat(lost.description()).contains("Draft budget #2", "Draft budget #3");
    }
    @Test
    void anIncidentJustCapturedStaysSelectedWhenTheLiveFeedReportsItBeforeTheListIsRead() {
        QueuedRunner queued = new QueuedRunner();
        IncidentsViewModel tab = new IncidentsViewModel(fixture.context.incidents(), fixture.state, attendant, queued,
                fixture.dialogs, texts, file -> false, guidesOpened::add);
        tab.reload(null);
        queued.drain();
        assertThat(tab.selectedProperty().get()).isNull();
        Incident captured = fixture.context.incidents().log().report(fixture.context.incidents().log()
                .begin(SampleMeeting.ID, "Zhou Min").withType(IncidentType.POWER_OUTAGE));

        tab.stored(SampleMeeting.ID, captured.id());
        fixture.state.openMeeting().incidentsStored(SampleMeeting.ID);
        queued.drain();

        assertThat(tab.selectedProperty().get()).as("the live feed's reload, queued behind the capture's, keeps it")
                .isNotNull().extracting(Incident::id).isEqualTo(captured.id());
        fixture.state.openMeeting().incidentsStored(SampleMeeting.ID);
        queued.drain();
        assertThat(tab.selectedProperty().get().id()).isEqualTo(captured.id());
    }

    @Test
    void aVersionStoredWithoutANameLeavesTheAuthorOutOfItsHistoryLine() {
        attendant.nameProperty().set("");
        Incident incident = captureOne(IncidentType.AUDIO_FAILURE);
        IncidentVersion first = fixture.context.incidents().log().history(incident.id()).get(0);
        assertThat(texts.historyRow(first)).doesNotContain("·  ·").doesNotContain("· ·")
                .isEqualTo("Version 1 · 09:15 · Reported · Open");
        attendant.nameProperty().set("Zhou Min");
        Incident named = captureOne(IncidentType.AUDIO_FAILURE);
        assertThat(texts.historyRow(fixture.context.incidents().log().history(named.id()).get(0)))
                .isEqualTo("Version 1 · 09:15 · Reported · Zhou Min · Open");
    }

    /** A runner that keeps the jobs until {@link #drain()}, in the order asked, as the real one thread does. */
    private static final class QueuedRunner implements org.huiwu.ui.common.TaskRunner {
        private final java.util.ArrayDeque<Runnable> jobs = new java.util.ArrayDeque<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            jobs.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        @Override
        public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress,
                java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
            run(() -> work.run(progress, () -> false), onSuccess, onFailure);
            return () -> { };
        }

        void drain() {
            while (!jobs.isEmpty()) {
                jobs.poll().run();
            }
        }
    }
}
