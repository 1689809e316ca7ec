package org.huiwu.logic.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Procedure;
import org.huiwu.model.incidents.ProcedureStep;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProcedureBook}: shipped defaults stored on first use, edits as new versions, old incidents keep their steps. */
@Tag("dao")
class ProcedureBookTest {

    @TempDir
    Path dataDir;

    private IncidentTestbed bed;
    private ProcedureBook book;

    @BeforeEach
    void open() {
        bed = new IncidentTestbed(dataDir);
        book = bed.desk.procedures();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theOwnerOfTheStoreMayEditProcedures() {
        assertThat(book.mayEdit()).as("a laptop's own folder, or the schema's owner on a server").isTrue();
    }

    @Test
    void shippedDefaultsAreStoredAsVersionOneOnFirstUse() {
        assertThat(bed.rows("procedure_version")).isZero();

        List<Procedure> all = book.currentAll();

        assertThat(all).extracting(Procedure::type).containsExactlyInAnyOrder(IncidentType.values());
        assertThat(all).allSatisfy(p -> assertThat(p.version()).isEqualTo(1));
        assertThat(bed.rows("procedure_version")).isEqualTo(IncidentType.values().length);
        book.currentAll();
        assertThat(bed.rows("procedure_version")).isEqualTo(IncidentType.values().length);
    }

    @Test
    void storedStepsReadBackAsShipped() {
        Procedure shipped = new ShippedProcedures().load(Instant.EPOCH).stream()
                .filter(p -> p.type() == IncidentType.FIRE_OR_SMOKE).findFirst().orElseThrow();

        Procedure stored = book.current(IncidentType.FIRE_OR_SMOKE);

        assertThat(stored.steps()).isEqualTo(shipped.steps());
        assertThat(stored.relatedGuideId()).isEqualTo("evacuation");
        assertThat(stored.rolesToNotify()).contains(ContactRole.DUTY_MANAGER, ContactRole.FIRE_119);
    }

    @Test
    void anEditIsStoredAsTheNextVersionAndRenumbered() {
        Instant edited = bed.clock.advance(Duration.ofDays(1));

        Procedure next = book.edit(IncidentType.AUDIO_FAILURE, List.of(
                new ProcedureStep(5, "换备用话筒", "Swap in the spare microphone", null),
                new ProcedureStep(9, "通知本馆音控室", "", ContactRole.SOUND_TECHNICIAN),
                new ProcedureStep(12, " ", " ", null)), "", "值班主管");

        assertThat(next.version()).isEqualTo(2);
        assertThat(next.savedAt()).isEqualTo(edited);
        assertThat(next.savedBy()).isEqualTo("值班主管");
        assertThat(next.steps()).extracting(ProcedureStep::number).containsExactly(1, 2);
        assertThat(next.steps().get(1).en()).isEqualTo("通知本馆音控室");
        assertThat(book.current(IncidentType.AUDIO_FAILURE)).isEqualTo(next);
        assertThat(book.history(IncidentType.AUDIO_FAILURE)).extracting(Procedure::version).containsExactly(1, 2);
    }

    @Test
    void editingAProcedureDoesNotChangeTheStepsOfAnOlderIncident() {
        Incident old = bed.desk.log().report(bed.meetingId, IncidentType.AUDIO_FAILURE, "吕佳");
        List<ProcedureStep> oldSteps = bed.desk.checklists().of(old.id()).procedure().steps();

        book.edit(IncidentType.AUDIO_FAILURE, List.of(new ProcedureStep(1, "只有一步", "One step only", null)), "",
                "值班主管");
        Incident later = bed.desk.log().report(bed.meetingId, IncidentType.AUDIO_FAILURE, "吕佳");

        assertThat(bed.desk.checklists().of(old.id()).procedure().steps()).isEqualTo(oldSteps).hasSize(4);
        assertThat(bed.desk.checklists().of(later.id()).procedure().steps()).hasSize(1);
        assertThat(later.procedureVersion()).isEqualTo(2);
        assertThat(old.procedureVersion()).isEqualTo(1);
    }

    @Test
    void aProcedureWithoutStepsIsRefused() {
        assertThatThrownBy(() -> book.edit(IncidentType.OTHER, List.of(new ProcedureStep(1, "", "", null)), "", "x"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.PROCEDURE_EMPTY);
        assertThat(book.current(IncidentType.OTHER).version()).isEqualTo(1);
    }
}
