package org.huiwu.model.guide;

import java.util.Objects;

/**
 * The texts of one guide step that a supervisor may correct: caption, key points and common mistakes,
 * in both languages. The picture is not among them: it stays as shipped. Immutable; safe to share
 * between threads.
 */
public record StepTexts(int number, LocalizedText caption, LocalizedList keyPoints, LocalizedList mistakes) {

    public StepTexts {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(keyPoints, "keyPoints");
        Objects.requireNonNull(mistakes, "mistakes");
    }

    /** The texts of a step as it stands. */
    public static StepTexts of(GuideStep step) {
        return new StepTexts(step.number(), step.caption(), step.keyPoints(), step.mistakes());
    }

    /** The step with these texts and its own picture. */
    public GuideStep applyTo(GuideStep step) {
        return new GuideStep(step.number(), caption, keyPoints, mistakes, step.image());
    }
}
