package org.huiwu.model.guide;

import java.util.List;
import java.util.Objects;

/**
 * An illustrated procedure guide (图示操作规范): one service procedure, such as refilling a lidded
 * cup, told as numbered steps with one illustration each. {@code variants} records where the sources
 * disagree (the ⚠ marks of the reference digest); it is empty when they agree.
 * Immutable; safe to share between threads.
 */
public record Guide(
        String id,
        LocalizedText title,
        GuideCategory category,
        GuideStandard standard,
        LocalizedText purpose,
        List<GuideStep> steps,
        List<LocalizedText> variants) {

    public Guide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(purpose, "purpose");
        steps = List.copyOf(steps);
        variants = List.copyOf(variants);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("guide " + id + " has no steps");
        }
    }

    /** The step with the given 1-based number. */
    public GuideStep step(int number) {
        return steps.stream()
                .filter(s -> s.number() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("guide " + id + " has no step " + number));
    }
}
