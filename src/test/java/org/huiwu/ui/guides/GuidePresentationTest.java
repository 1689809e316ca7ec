package org.huiwu.ui.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.huiwu.model.guide.Guide;
import org.junit.jupiter.api.Test;

/**
 * One presentation, three views: the guide viewer, the presenter view and the projector follow the same
 * {@link GuidePresentation}, so they report the same step after any move; blackout and the timer.
 */
class GuidePresentationTest {

    private final GuideFixture fixture = new GuideFixture();
    private final Guide lidded = fixture.library(fixture.english).visibleGuides().stream()
            .filter(g -> g.id().equals("tea-refill-lidded-cup")).findFirst().orElseThrow();

    @Test
    void viewerStepsWithinTheGuideAndStopsAtBothEnds() {
        GuideViewModel viewer = new GuideViewModel(fixture.presentation, fixture.shelf, fixture.english);
        viewer.show(lidded);

        viewer.next();
        viewer.next();

        assertThat(viewer.stepTextProperty().get()).isEqualTo("Step 3 of 9");
        assertThat(viewer.captionProperty().get()).isEqualTo(lidded.step(3).caption().en());
        assertThat(viewer.keyPoints()).containsExactlyElementsOf(lidded.step(3).keyPoints().en());
        assertThat(viewer.picture().imageProperty().get()).isNotNull();
        viewer.last();
        viewer.next();
        assertThat(viewer.stepIndex()).isEqualTo(8);
        assertThat(viewer.atLastProperty().get()).isTrue();
        viewer.first();
        viewer.previous();
        assertThat(viewer.stepIndex()).isZero();
        assertThat(viewer.atFirstProperty().get()).isTrue();
    }

    @Test
    void viewerShowsTheTitleStepsAndVariants() {
        GuideViewModel viewer = new GuideViewModel(fixture.presentation, fixture.shelf, fixture.english);

        viewer.show(lidded);

        assertThat(viewer.titleProperty().get()).isEqualTo("Refilling a lidded cup");
        assertThat(viewer.variants()).hasSize(2);
        assertThat(viewer.steps()).hasSize(9);
        assertThat(viewer.stepLabel(viewer.steps().get(0))).isEqualTo("1. Kettle in the right hand");
    }

    @Test
    void presenterAndProjectorReportTheSameStepAfterEveryMove() {
        GuideViewModel viewer = new GuideViewModel(fixture.presentation, fixture.shelf, fixture.english);
        viewer.show(lidded);
        viewer.next();
        PresenterViewModel presenter = new PresenterViewModel(fixture.presentation, fixture.shelf, fixture.english);
        ProjectorViewModel projector = new ProjectorViewModel(fixture.presentation, fixture.shelf, Locale.ENGLISH,
                1920, 1080, false);
        fixture.presentation.startPresenting();
        assertThat(projector.stepNumberProperty().get()).isEqualTo(presenter.stepNumberProperty().get()).isEqualTo(2);

        presenter.next();
        assertSameStep(presenter, projector, viewer, 3);
        projector.previous();
        assertSameStep(presenter, projector, viewer, 2);
        presenter.jumpTo(6);
        assertSameStep(presenter, projector, viewer, 7);
        projector.last();
        assertSameStep(presenter, projector, viewer, 9);
        presenter.first();
        assertSameStep(presenter, projector, viewer, 1);
        assertThat(projector.captionProperty().get()).isEqualTo(presenter.captionProperty().get());
    }

    @Test
    void presenterShowsNotesNextStepAndThumbnails() {
        fixture.presentation.show(lidded);
        PresenterViewModel presenter = new PresenterViewModel(fixture.presentation, fixture.shelf, fixture.english);

        assertThat(presenter.nextCaptionProperty().get()).isEqualTo("Next: " + lidded.step(2).caption().en());
        assertThat(presenter.mistakes()).containsExactlyElementsOf(lidded.step(1).mistakes().en());
        assertThat(presenter.thumbnails()).hasSize(9)
                .allSatisfy(t -> assertThat(t.picture().imageProperty().get()).isNotNull());
        assertThat(presenter.nextPicture().imageProperty().get()).isNotNull();

        presenter.last();
        assertThat(presenter.nextCaptionProperty().get()).isEqualTo("This is the last step");
        assertThat(presenter.nextPicture().imageProperty().get()).isNull();
    }

    @Test
    void blackoutTogglesForBothViewsAndAMoveKeepsItUntilToggled() {
        fixture.presentation.show(lidded);
        PresenterViewModel presenter = new PresenterViewModel(fixture.presentation, fixture.shelf, fixture.english);
        ProjectorViewModel projector = new ProjectorViewModel(fixture.presentation, fixture.shelf, Locale.ENGLISH,
                1024, 768, false);

        projector.toggleBlackout();
        assertThat(presenter.blackoutProperty().get()).isTrue();
        assertThat(projector.blackoutProperty().get()).isTrue();

        presenter.toggleBlackout();
        assertThat(projector.blackoutProperty().get()).isFalse();
    }

    @Test
    void timerReadsTheClockFromTheStartOfPresenting() {
        fixture.presentation.show(lidded);
        PresenterViewModel presenter = new PresenterViewModel(fixture.presentation, fixture.shelf, fixture.english);
        fixture.clock.advance(Duration.ofMinutes(5));
        presenter.tick();
        assertThat(presenter.timerProperty().get()).isEqualTo("00:00");

        fixture.presentation.startPresenting();
        fixture.clock.advance(Duration.ofMinutes(12).plusSeconds(7));
        presenter.tick();

        assertThat(presenter.timerProperty().get()).isEqualTo("12:07");
        fixture.clock.advance(Duration.ofMinutes(60));
        presenter.tick();
        assertThat(presenter.timerProperty().get()).isEqualTo("72:07");
    }

    @Test
    void presentedGuidesAreRememberedUntilForgotten() {
        fixture.presentation.show(lidded);
        fixture.presentation.startPresenting();
        Guide evacuation = fixture.library(fixture.english).visibleGuides().stream()
                .filter(g -> g.id().equals("evacuation")).findFirst().orElseThrow();
        fixture.presentation.show(evacuation);
        fixture.presentation.stopPresenting();

        assertThat(fixture.presentation.presentedGuideIds()).containsExactly("tea-refill-lidded-cup", "evacuation");
        fixture.presentation.forgetPresented();
        assertThat(fixture.presentation.presentedGuideIds()).isEmpty();
    }

    @Test
    void closedPresenterNoLongerFollows() {
        fixture.presentation.show(lidded);
        PresenterViewModel presenter = new PresenterViewModel(fixture.presentation, fixture.shelf, fixture.english);

        presenter.close();
        fixture.presentation.next();

        assertThat(presenter.stepNumberProperty().get()).isEqualTo(1);
    }

    private static void assertSameStep(PresenterViewModel presenter, ProjectorViewModel projector,
            GuideViewModel viewer, int number) {
        assertThat(presenter.stepNumberProperty().get()).isEqualTo(number);
        assertThat(projector.stepNumberProperty().get()).isEqualTo(number);
        assertThat(viewer.stepIndex() + 1).isEqualTo(number);
    }
}
