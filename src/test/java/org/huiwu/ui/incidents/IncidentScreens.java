package org.huiwu.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Meeting;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.ViewModelFixture;

/**
 * The incident screens' ViewModels on the sample meeting, made open, without the FX toolkit, on real H2 with the
 * fixture's fixed clock: the incidents tab and the quick capture (whose saves are kept in {@link #saved} and
 * selected in the tab), with Zhou Min as the attendant. Shared by the incident ViewModel tests; close after each.
 */
final class IncidentScreens implements AutoCloseable {

    final ViewModelFixture fixture;
    final Attendant attendant = new Attendant();
    final IncidentTexts texts;
    final IncidentsViewModel incidents;
    final IncidentCaptureViewModel capture;
    final List<Incident> saved = new ArrayList<>();
    final List<String> guidesOpened = new ArrayList<>();

    IncidentScreens(Path dataDir) {
        fixture = new ViewModelFixture(dataDir);
        fixture.context.sampleMeeting().ensure();
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

    /** The sample meeting as stored. */
    Meeting sample() {
        return fixture.context.meetings().find(SampleMeeting.ID).orElseThrow();
    }

    /** Captures an incident of {@code type} through the quick capture and returns it as saved. */
    Incident captureOne(IncidentType type) {
        assertThat(capture.begin()).isTrue();
        capture.typeProperty().set(type);
        capture.save();
        return saved.get(saved.size() - 1);
    }

    @Override
    public void close() {
        fixture.close();
    }
}
