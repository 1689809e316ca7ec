package org.huiwu.ui.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.UUID;

import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.ui.common.TemplateEditorViewModel;
import org.huiwu.ui.common.ViewModelFixture;
import org.huiwu.ui.common.Attendant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist tab's model and the template editor's model on real H2 with the same-thread runner. */
class ChecklistsViewModelTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fx;
    private Attendant attendant;
    private ChecklistsViewModel model;
    private TemplateEditorViewModel<ChecklistPhase> template;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture(dataDir);
        attendant = new Attendant();
        ChecklistTexts texts = new ChecklistTexts(fx.i18n, fx.failures, ZoneId.of("Asia/Shanghai"));
        model = new ChecklistsViewModel(fx.context.checklists(), fx.state, attendant, fx.runner, fx.dialogs, texts);
        template = new TemplateEditorViewModel<>(fx.context.checklists().template(),
                ChecklistsScreen.labels(fx.i18n, texts), attendant, fx.runner, fx.dialogs);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Meeting sample() {
        UUID id = fx.context.sampleMeeting().ensure();
        return fx.context.meetings().find(id).orElseThrow();
    }

    @Test
    void theListIsCopiedOnlyOnceTheTabIsShown() {
        Meeting fresh = fx.context.meetings().save(org.huiwu.Fixtures.meeting("Topic meeting", sample().date()));
        fx.state.currentMeetingProperty().set(fresh);

        assertThat(model.lines()).isEmpty();
        assertThat(fx.context.checklists().current(fresh.id()).lines()).isEmpty();

        model.activeProperty().set(true);

        assertThat(model.lines()).hasSize(12);
        assertThat(model.progressProperty(ChecklistPhase.BEFORE).get()).isEqualTo("Before 0/12");
        assertThat(model.remainingProperty().get()).isEqualTo("12 items of this phase are not done yet");
    }

    @Test
    void tickingShowsWhoAndWhenAndMovesTheProgress() {
        fx.state.currentMeetingProperty().set(sample());
        model.activeProperty().set(true);
        model.phaseProperty().set(ChecklistPhase.DURING);
        assertThat(model.progressProperty(ChecklistPhase.DURING).get()).isEqualTo("During 3/8");
        attendant.nameProperty().set("Lü Jia");
        model.marking().noteProperty().set("mics swapped");

        model.marking().toggleDone(model.lines().get(3));

        ChecklistLine ticked = model.lines().get(3);
        assertThat(ticked.state()).isEqualTo(MarkState.DONE);
        assertThat(model.progressProperty(ChecklistPhase.DURING).get()).isEqualTo("During 4/8");
        assertThat(model.texts().marked(ticked)).isEqualTo("Done · Lü Jia 09:15 · Note: mics swapped");
        assertThat(model.marking().noteProperty().get()).isEmpty();
        assertThat(model.texts().text(ticked.item())).isEqualTo("Tea refilled on schedule");
    }

    @Test
    void untickingAndNotApplicableToggleBack() {
        fx.state.currentMeetingProperty().set(sample());
        model.activeProperty().set(true);
        attendant.nameProperty().set("Lü Jia");

        model.marking().toggleDone(model.lines().get(0));
        assertThat(model.lines().get(0).state()).isEqualTo(MarkState.OPEN);
        assertThat(model.progressProperty(ChecklistPhase.BEFORE).get()).isEqualTo("Before 11/12");
        model.marking().toggleNotApplicable(model.lines().get(0));
        assertThat(model.lines().get(0).state()).isEqualTo(MarkState.NOT_APPLICABLE);
        model.marking().toggleNotApplicable(model.lines().get(0));
        assertThat(model.lines().get(0).state()).isEqualTo(MarkState.OPEN);
        assertThat(model.texts().marked(model.lines().get(0))).startsWith("Unticked · Lü Jia");
    }

    @Test
    void withoutANameNothingIsMarkedAndTheAttendantIsAsked() {
        fx.state.currentMeetingProperty().set(sample());
        model.activeProperty().set(true);
        model.phaseProperty().set(ChecklistPhase.AFTER);
        int marks = fx.context.checklists().history(fx.state.currentMeeting().id()).size();

        model.marking().toggleDone(model.lines().get(0));

        assertThat(model.messageProperty().get()).isEqualTo("Write your name first: every tick records who did it.");
        assertThat(fx.context.checklists().history(fx.state.currentMeeting().id())).hasSize(marks);
        assertThat(model.lines().get(0).state()).isEqualTo(MarkState.OPEN);
    }

    @Test
    void anItemAddedHereJoinsTheShownPhaseAndABlankOneIsRefused() {
        fx.state.currentMeetingProperty().set(sample());
        model.activeProperty().set(true);
        attendant.nameProperty().set("Lü Jia");
        model.phaseProperty().set(ChecklistPhase.AFTER);

        model.marking().newItemProperty().set("   ");
        model.marking().addItem();
        assertThat(fx.dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("Please write what the item is."));

        model.marking().newItemProperty().set("Return the borrowed clicker");
        model.marking().addItem();
        assertThat(model.lines()).hasSize(9);
        assertThat(model.texts().text(model.lines().get(8).item())).isEqualTo("Return the borrowed clicker");
        assertThat(model.marking().newItemProperty().get()).isEmpty();
        assertThat(model.progressProperty(ChecklistPhase.AFTER).get()).isEqualTo("After 0/9");
    }

    @Test
    void theTemplateEditorAddsRenamesMovesAndRetires() {
        attendant.nameProperty().set("Supervisor");
        template.groupProperty().set(ChecklistPhase.DURING);
        assertThat(template.items()).hasSize(8);

        template.textZhProperty().set("检查国旗");
        template.textEnProperty().set("Flags checked");
        template.add();
        assertThat(template.items()).hasSize(9);
        TemplateLine<ChecklistPhase> added = template.selectedProperty().get();
        assertThat(added.textEn()).isEqualTo("Flags checked");

        template.move(-1);
        assertThat(template.items().get(7).id()).isEqualTo(added.id());

        template.textEnProperty().set("National flags checked");
        template.rename();
        assertThat(template.items().get(7).textEn()).isEqualTo("National flags checked");

        fx.dialogs.answerConfirm(true);
        template.retire();
        assertThat(template.items()).hasSize(8).noneMatch(i -> i.id().equals(added.id()));
    }

    @Test
    void textsTypedInTheTemplateEditorAreKeptWhenAnotherItemOrPhaseIsChosenOrTheEditorCloses() {
        attendant.nameProperty().set("Supervisor");
        template.groupProperty().set(ChecklistPhase.DURING);
        TemplateLine<ChecklistPhase> first = template.items().get(0);
        TemplateLine<ChecklistPhase> second = template.items().get(1);

        template.selectedProperty().set(first);
        template.textEnProperty().set("Typed, then another item chosen");
        template.selectedProperty().set(template.items().get(1));
        assertThat(fx.context.checklists().template().activeItems()).filteredOn(i -> i.id().equals(first.id()))
                .singleElement().satisfies(i -> assertThat(i.textEn()).isEqualTo("Typed, then another item chosen"));
        assertThat(template.selectedProperty().get().id()).isEqualTo(second.id());

        template.textZhProperty().set("换阶段前输入");
        template.groupProperty().set(ChecklistPhase.AFTER);
        assertThat(fx.context.checklists().template().activeItems()).filteredOn(i -> i.id().equals(second.id()))
                .singleElement().satisfies(i -> assertThat(i.textZh()).isEqualTo("换阶段前输入"));

        template.selectedProperty().set(template.items().get(0));
        UUID third = template.items().get(0).id();
        template.textZhProperty().set("关闭前输入");
        template.keepTyped();
        assertThat(fx.context.checklists().template().activeItems()).filteredOn(i -> i.id().equals(third))
                .singleElement().satisfies(i -> assertThat(i.textZh()).isEqualTo("关闭前输入"));
    }
}
