package org.huiwu.ui.guides;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideStep;

/**
 * The one model of a guide being shown: which guide, which step (0-based index), whether the projector
 * is blacked out, and, while a trainer presents, when the presentation started (the timer reads the
 * injected clock against it). The guide viewer, the presenter view and the projector view all observe
 * this object, so they can never show different steps. It also remembers which guides were presented
 * since the last training record, to pre-fill the next one. FX thread only.
 */
public final class GuidePresentation {

    private final Clock clock;
    private final ObjectProperty<Guide> guide = new SimpleObjectProperty<>(this, "guide");
    private final IntegerProperty stepIndex = new SimpleIntegerProperty(this, "stepIndex");
    private final BooleanProperty blackout = new SimpleBooleanProperty(this, "blackout");
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private final LinkedHashSet<String> presentedGuideIds = new LinkedHashSet<>();
    private Instant startedAt;

    public GuidePresentation(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Shows {@code next} from its first step, with the projector lit. The step is reset with no guide
     * shown, so no follower ever sees the new guide at the old guide's step.
     */
    public void show(Guide next) {
        if (stepIndex.get() != 0) {
            guide.set(null);
            stepIndex.set(0);
        }
        blackout.set(false);
        guide.set(next);
        if (next != null && isPresenting()) {
            presentedGuideIds.add(next.id());
        }
    }

    /** Shows the same guide with corrected texts, at the step reached (followers redraw their texts). */
    public void replace(Guide corrected) {
        if (guide.get() != null && guide.get().id().equals(corrected.id())) {
            guide.set(corrected);
        }
    }

    public ReadOnlyObjectProperty<Guide> guideProperty() {
        return guide;
    }

    public Guide guide() {
        return guide.get();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex;
    }

    public int stepIndex() {
        return stepIndex.get();
    }

    /** The step being shown, or empty when no guide is open. */
    public Optional<GuideStep> currentStep() {
        return stepAt(stepIndex());
    }

    /** The step after the current one, or empty on the last step. */
    public Optional<GuideStep> nextStep() {
        return stepAt(stepIndex() + 1);
    }

    /** The step at a 0-based index of the current guide, or empty when there is none. */
    public Optional<GuideStep> stepAt(int index) {
        Guide current = guide();
        return current == null || index < 0 || index >= current.steps().size()
                ? Optional.empty() : Optional.of(current.steps().get(index));
    }

    public int stepCount() {
        return guide() == null ? 0 : guide().steps().size();
    }

    public void next() {
        jumpTo(stepIndex() + 1);
    }

    public void previous() {
        jumpTo(stepIndex() - 1);
    }

    public void first() {
        jumpTo(0);
    }

    public void last() {
        jumpTo(stepCount() - 1);
    }

    /** Moves to the step at {@code index}, clamped to the guide's steps; lights the projector again. */
    public void jumpTo(int index) {
        if (stepCount() == 0) {
            return;
        }
        stepIndex.set(Math.max(0, Math.min(stepCount() - 1, index)));
    }

    public ReadOnlyBooleanProperty blackoutProperty() {
        return blackout;
    }

    /** Blacks the projector out, or lights it again (the B key of a presenter clicker). */
    public void toggleBlackout() {
        blackout.set(!blackout.get());
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting;
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    /** Starts trainer mode: the timer starts at zero and the current guide counts as presented. */
    public void startPresenting() {
        startedAt = clock.instant();
        presenting.set(true);
        blackout.set(false);
        if (guide() != null) {
            presentedGuideIds.add(guide().id());
        }
    }

    /** Ends trainer mode; the guide stays open at the step reached. */
    public void stopPresenting() {
        presenting.set(false);
        blackout.set(false);
    }

    /** Time since trainer mode started, read from the clock; zero when not presenting. */
    public Duration elapsed() {
        if (!isPresenting() || startedAt == null) {
            return Duration.ZERO;
        }
        Duration elapsed = Duration.between(startedAt, clock.instant());
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    /** The guides presented since the last {@link #forgetPresented()}, in the order first presented. */
    public List<String> presentedGuideIds() {
        return List.copyOf(presentedGuideIds);
    }

    /** Forgets the presented guides once a training session has been recorded. */
    public void forgetPresented() {
        presentedGuideIds.clear();
    }
}
