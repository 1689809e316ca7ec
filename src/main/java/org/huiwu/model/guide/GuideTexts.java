package org.huiwu.model.guide;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One stored version of a guide's texts: title, purpose and every step's texts. Version 1 is the text
 * shipped with the app; each correction is the next version. {@code savedBy} is empty for the shipped
 * version. Immutable; safe to share between threads.
 */
public record GuideTexts(String guideId, int version, LocalizedText title, LocalizedText purpose,
        List<StepTexts> steps, Instant savedAt, String savedBy) {

    /** The version number of the text shipped with the app. */
    public static final int SHIPPED = 1;

    public GuideTexts {
        Objects.requireNonNull(guideId, "guideId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(savedBy, "savedBy");
        steps = List.copyOf(steps);
        if (version < SHIPPED) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }

    /** The texts of a guide as it stands, as the given version. */
    public static GuideTexts of(Guide guide, int version, Instant savedAt, String savedBy) {
        return new GuideTexts(guide.id(), version, guide.title(), guide.purpose(),
                guide.steps().stream().map(StepTexts::of).toList(), savedAt, savedBy);
    }

    /** The guide with these texts; pictures, category, standard and variants stay as in {@code guide}. */
    public Guide applyTo(Guide guide) {
        Map<Integer, StepTexts> byNumber = steps.stream()
                .collect(Collectors.toMap(StepTexts::number, Function.identity()));
        List<GuideStep> corrected = guide.steps().stream()
                .map(step -> byNumber.containsKey(step.number()) ? byNumber.get(step.number()).applyTo(step) : step)
                .toList();
        return new Guide(guide.id(), title, guide.category(), guide.standard(), purpose, corrected, guide.variants());
    }

    /** These texts with one step's texts replaced, as the given next version. */
    public GuideTexts withStep(StepTexts step, int nextVersion, Instant at, String by) {
        List<StepTexts> changed = steps.stream().map(s -> s.number() == step.number() ? step : s).toList();
        return new GuideTexts(guideId, nextVersion, title, purpose, changed, at, by);
    }
}
