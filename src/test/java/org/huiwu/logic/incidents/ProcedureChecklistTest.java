package org.huiwu.logic.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.StepTick;
import org.huiwu.model.incidents.VenueContact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProcedureChecklist}: ticks, skips and notifications with their times and authors. */
@Tag("dao")
class ProcedureChecklistTest {

    @TempDir
    Path dataDir;

    private IncidentTestbed bed;
    private ProcedureChecklist checklists;
    private Incident power;

    @BeforeEach
    void open() {
        bed = new IncidentTestbed(dataDir);
        checklists = bed.desk.checklists();
        power = bed.desk.log().report(bed.meetingId, IncidentType.POWER_OUTAGE, "吕佳");
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aNewChecklistHasEveryStepToDo() {
        Checklist checklist = checklists.of(power.id());

        assertThat(checklist.lines()).hasSize(6).noneMatch(Checklist.Line::done);
        assertThat(checklist.next()).map(line -> line.step().number()).contains(1);
        assertThat(checklist.complete()).isFalse();
        assertThat(checklist.incident()).isEqualTo(power);
    }

    @Test
    void aTickRecordsTimeAndAuthorAndTheFirstMovesTheIncidentToHandling() {
        Instant ticked = bed.clock.advance(Duration.ofSeconds(40));

        StepTick tick = checklists.tick(power.id(), 1, "王芳");

        assertThat(tick).isEqualTo(new StepTick(power.id(), 1, ticked, "王芳", false, ""));
        Checklist checklist = checklists.of(power.id());
        assertThat(checklist.lines().get(0).tick()).contains(tick);
        assertThat(checklist.incident().status()).isEqualTo(IncidentStatus.HANDLING);
        assertThat(checklist.incident().handlingAt()).isEqualTo(ticked);
        assertThat(bed.desk.log().history(power.id())).extracting(IncidentVersion::kind)
                .containsExactly(ChangeKind.CREATED, ChangeKind.STATUS_CHANGED);
        bed.clock.advance(Duration.ofSeconds(40));
        checklists.tick(power.id(), 2, "王芳");
        assertThat(bed.desk.log().history(power.id())).hasSize(2);
    }

    @Test
    void aSkipNeedsAReasonAndKeepsIt() {
        assertThatThrownBy(() -> checklists.skip(power.id(), 3, "", "王芳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.REASON_MISSING);

        StepTick skip = checklists.skip(power.id(), 3, "会场白天采光充足", "王芳");

        assertThat(skip.skipped()).isTrue();
        assertThat(checklists.of(power.id()).lines().get(2).tick()).contains(skip);
    }

    @Test
    void aStepIsTickedOnceAndMustExist() {
        checklists.tick(power.id(), 1, "王芳");

        assertThatThrownBy(() -> checklists.tick(power.id(), 1, "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.STEP_ALREADY_DONE);
        assertThatThrownBy(() -> checklists.tick(power.id(), 7, "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.STEP_UNKNOWN);
        assertThat(bed.rows("step_tick")).isEqualTo(1);
    }

    @Test
    void allStepsDoneMakesTheChecklistComplete() {
        for (int step = 1; step <= 6; step++) {
            checklists.tick(power.id(), step, "王芳");
        }

        assertThat(checklists.of(power.id()).complete()).isTrue();
        assertThat(checklists.of(power.id()).next()).isEmpty();
    }

    @Test
    void notifyingAContactIsLoggedWithTheTime() {
        VenueContact electrician = new VenueContact(java.util.UUID.randomUUID(), ContactRole.ELECTRICIAN, "张师傅",
                "13800000000");
        Instant called = bed.clock.advance(Duration.ofMinutes(2));

        Notification notification = checklists.notifyContact(power.id(), electrician, "吕佳");

        assertThat(notification.notifiedAt()).isEqualTo(called);
        assertThat(notification.contactName()).isEqualTo("张师傅");
        assertThat(checklists.of(power.id()).notifications()).containsExactly(notification);
        assertThat(bed.desk.log().find(power.id()).orElseThrow().status()).isEqualTo(IncidentStatus.HANDLING);
    }

    @Test
    void aVoidedIncidentTakesNoTicks() {
        bed.desk.log().voidEntry(power.id(), "误报", "吕佳");

        assertThatThrownBy(() -> checklists.tick(power.id(), 1, "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.VOIDED);
    }
}
