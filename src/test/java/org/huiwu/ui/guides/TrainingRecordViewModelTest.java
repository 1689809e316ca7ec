package org.huiwu.ui.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.huiwu.model.guide.Guide;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording a training session after presenting, on real H2: defaults, pre-ticked guides, validation, saving. */
class TrainingRecordViewModelTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture app;
    private final GuideFixture guides = new GuideFixture();
    private GuideLibraryViewModel library;

    @BeforeEach
    void open() {
        app = new ViewModelFixture(dataDir);
        library = guides.library(app.i18n);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void formDefaultsToTodayWithThePresentedGuidesTickedAndListedFirst() {
        present("tea-refill-lidded-cup", "evacuation");

        TrainingRecordViewModel form = form();

        assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(form.coveredIds()).containsExactly("tea-refill-lidded-cup", "evacuation");
        assertThat(form.guides()).hasSize(16);
        assertThat(form.guides().subList(0, 2)).extracting(c -> c.guide().id())
                .containsExactly("tea-refill-lidded-cup", "evacuation");
        assertThat(form.canSaveProperty().get()).isFalse();
    }

    @Test
    void savingNeedsATrainerATraineeAndAGuide() {
        TrainingRecordViewModel form = form();
        form.trainerProperty().set("陈红");
        form.traineesProperty().set("刘芳\n");
        assertThat(form.canSaveProperty().get()).isFalse();

        form.guides().get(0).covered().set(true);
        assertThat(form.canSaveProperty().get()).isTrue();

        form.traineesProperty().set("  \n ");
        assertThat(form.canSaveProperty().get()).isFalse();
    }

    @Test
    void savedSessionIsStoredAndThePresentedGuidesAreForgotten() {
        present("standing-women");
        TrainingRecordViewModel form = form();
        form.trainerProperty().set("陈红");
        form.traineesProperty().set("刘芳\n王丽\n\n赵敏");
        form.notesProperty().set("第一期");

        form.save();

        assertThat(app.context.trainingRecords().list(YearMonth.of(2025, 3))).singleElement().satisfies(s -> {
            assertThat(s.trainer()).isEqualTo("陈红");
            assertThat(s.guideIds()).containsExactly("standing-women");
            assertThat(s.trainees()).containsExactly("刘芳", "王丽", "赵敏");
            assertThat(s.notes()).isEqualTo("第一期");
        });
        assertThat(guides.presentation.presentedGuideIds()).isEmpty();
        assertThat(app.state.statusProperty().get()).contains("3").contains("1");
        assertThat(app.dialogs.errors()).isEmpty();
    }

    private void present(String... ids) {
        for (String id : ids) {
            Guide guide = library.allGuides().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
            guides.presentation.show(guide);
            guides.presentation.startPresenting();
            guides.presentation.stopPresenting();
        }
    }

    private TrainingRecordViewModel form() {
        return new TrainingRecordViewModel(app.context.trainingRecords(), library.allGuides(), guides.presentation,
                app.state, app.runner, app.dialogs, app.failures, app.i18n);
    }
}
