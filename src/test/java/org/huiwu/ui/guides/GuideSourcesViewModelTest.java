package org.huiwu.ui.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.logic.guides.GuideLibrary;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideTexts;
import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.ui.common.ViewModelFixture;
import org.huiwu.ui.provenance.SourcesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GuideSourcesViewModel} and {@link SourcesViewModel} on a real database: the sources of an
 * unchecked guide say so, marking needs a clause and a name and then shows the check; correcting a step
 * stores the shipped text as version 1 and the correction as version 2, and the guide shows it at the
 * same step with its picture unchanged.
 */
class GuideSourcesViewModelTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fixture;
    private GuidePresentation presentation;
    private GuideSourcesViewModel model;
    private final List<Guide> corrected = new ArrayList<>();
    private Guide lidded;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(dataDir);
        presentation = new GuidePresentation(ViewModelFixture.CLOCK);
        SourcesViewModel sources = new SourcesViewModel(fixture.context.textChecks(), fixture.runner, fixture.failures,
                fixture.i18n, ViewModelFixture.CLOCK.getZone(), () -> "Chen Hong");
        model = new GuideSourcesViewModel(presentation, sources, fixture.context.guideCorrections(), fixture.runner,
                fixture.failures, fixture.i18n, ViewModelFixture.CLOCK.getZone(), corrected::add);
        lidded = GuideLibrary.onClassPath().load().find(GuideLinks.REFILL_LIDDED_CUP).orElseThrow();
        presentation.show(lidded);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anUncheckedGuideSaysSoUntilASupervisorMarksItCheckedAgainstAClause() {
        SourcesViewModel sources = model.sources();
        assertThat(sources.checkedProperty().get()).isFalse();
        assertThat(sources.notes()).anyMatch(n -> n.startsWith("Standard clause not yet checked"));
        assertThat(sources.clauseProperty().get()).contains("DB3206/T 1083");
        assertThat(sources.checkerProperty().get()).isEqualTo("Chen Hong");

        sources.clauseProperty().set("  ");
        sources.markChecked();
        assertThat(sources.problemProperty().get()).isEqualTo("Enter the clause the texts were checked against.");
        assertThat(fixture.context.textChecks().all()).isEmpty();

        sources.clauseProperty().set("Annex C C.3");
        sources.markChecked();

        assertThat(sources.problemProperty().get()).isEmpty();
        assertThat(sources.checkedProperty().get()).isTrue();
        assertThat(sources.markTipProperty().get()).contains("Annex C C.3").contains("Chen Hong")
                .contains("12 Mar 2025, 09:15");
        assertThat(sources.notes()).noneMatch(n -> n.startsWith("Standard clause not yet checked"));
        assertThat(fixture.context.textChecks().of(CheckedKind.GUIDE, lidded.id()))
                .hasValueSatisfying(c -> assertThat(c.clause()).isEqualTo("Annex C C.3"));
    }

    @Test
    void correctingAStepStoresTheNextTextVersionAndShowsItAtTheSameStep() {
        presentation.next();
        presentation.next();
        model.correction().startCorrecting();
        assertThat(model.correction().correctingStep()).isEqualTo(3);
        assertThat(model.correction().captionEnProperty().get()).isEqualTo(lidded.step(3).caption().en());
        model.correction().captionEnProperty().set("Lift the lid with little and ring finger");
        model.correction().keyPointsEnProperty().set("Lid inside up\n\n  Never on the table  ");

        model.correction().saveCorrection(() -> { });

        Guide shown = presentation.guide();
        assertThat(presentation.stepIndex()).isEqualTo(2);
        assertThat(shown.step(3).caption().en()).isEqualTo("Lift the lid with little and ring finger");
        assertThat(shown.step(3).keyPoints().en()).containsExactly("Lid inside up", "Never on the table");
        assertThat(shown.step(3).image()).isEqualTo(lidded.step(3).image());
        assertThat(shown.step(4)).isEqualTo(lidded.step(4));
        assertThat(corrected).containsExactly(shown);
        List<GuideTexts> history = fixture.context.guideCorrections().latest(lidded.id()).stream().toList();
        assertThat(history).singleElement().satisfies(t -> {
            assertThat(t.version()).isEqualTo(2);
            assertThat(t.savedBy()).isEqualTo("Chen Hong");
        });
        assertThat(model.sources().notes()).anyMatch(n -> n.startsWith("Text version 2 (corrected by Chen Hong"));
        assertThat(fixture.context.guideCorrections().current(GuideLibrary.onClassPath().load()).find(lidded.id())
                .orElseThrow()).isEqualTo(shown);
    }

    @Test
    void aCorrectionWithoutACaptionIsRefusedAndNothingIsStored() {
        model.correction().startCorrecting();
        model.correction().captionZhProperty().set(" ");
        model.correction().captionEnProperty().set("");

        model.correction().saveCorrection(() -> { });

        assertThat(model.correction().correctionProblemProperty().get()).isEqualTo("The step caption cannot be empty.");
        assertThat(fixture.context.guideCorrections().latest(lidded.id())).isEmpty();
        assertThat(presentation.guide()).isEqualTo(lidded);
    }
}
