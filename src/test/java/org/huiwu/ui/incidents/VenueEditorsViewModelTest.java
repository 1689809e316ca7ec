package org.huiwu.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.huiwu.ui.common.Attendant;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.ProcedureStep;
import org.huiwu.model.incidents.VenueContact;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's venue set-up: contacts with names and phones, and procedures edited as new versions. */
class VenueEditorsViewModelTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fixture;
    private VenueEditorsViewModel editors;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(dataDir);
        fixture.context.sampleMeeting().ensure();
        Attendant attendant = new Attendant();
        attendant.nameProperty().set("Supervisor Wu");
        editors = new VenueEditorsViewModel(fixture.context.incidents(), attendant, fixture.runner, fixture.dialogs,
                new IncidentTexts(fixture.i18n, fixture.failures, ViewModelFixture.CLOCK.getZone()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void contactNamesAndPhonesAreStored() {
        editors.loadContacts(() -> { });
        VenueEditorsViewModel.ContactRow duty = editors.contacts().stream()
                .filter(row -> row.contact().role() == ContactRole.DUTY_MANAGER).findFirst().orElseThrow();
        duty.name().set("  陈经理 ");
        duty.phone().set("13800000000");
        boolean[] saved = {false};
        editors.saveContacts(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        VenueContact stored = fixture.context.incidents().contacts().forRole(ContactRole.DUTY_MANAGER).get(0);
        assertThat(stored.name()).isEqualTo("陈经理");
        assertThat(stored.phone()).isEqualTo("13800000000");
    }

    @Test
    void anEditedProcedureIsANewVersionAndOldIncidentsKeepTheirSteps() {
        Incident old = fixture.context.incidents().log().timeline(SampleMeeting.ID,
                org.huiwu.logic.incidents.IncidentFilter.all()).stream()
                .filter(i -> i.type() == IncidentType.AUDIO_FAILURE).findFirst().orElseThrow();
        List<ProcedureStep> oldSteps = fixture.context.incidents().checklists().of(old.id()).procedure().steps();
        int versionBefore = fixture.context.incidents().procedures().current(IncidentType.AUDIO_FAILURE).version();

        editors.procedureTypeProperty().set(IncidentType.AUDIO_FAILURE);
        editors.stepsZhProperty().set("换备用话筒\n通知音响师");
        editors.stepsEnProperty().set("Swap in the spare microphone");
        editors.saveProcedure(() -> { });

        var current = fixture.context.incidents().procedures().current(IncidentType.AUDIO_FAILURE);
        assertThat(current.version()).isEqualTo(versionBefore + 1);
        assertThat(current.steps()).extracting(ProcedureStep::zh).containsExactly("换备用话筒", "通知音响师");
        assertThat(current.steps()).extracting(ProcedureStep::en)
                .containsExactly("Swap in the spare microphone", "通知音响师");
        assertThat(fixture.context.incidents().checklists().of(old.id()).procedure().steps()).isEqualTo(oldSteps);
    }
}
