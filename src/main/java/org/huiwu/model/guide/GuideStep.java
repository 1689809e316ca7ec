package org.huiwu.model.guide;

import java.util.Objects;

/**
 * One illustrated step of a procedure guide: its 1-based number, caption, the points to get right,
 * the usual mistakes, and the file name of its illustration (an SVG in the guide's folder).
 * Immutable; safe to share between threads.
 */
public record GuideStep(
        int number,
        LocalizedText caption,
        LocalizedList keyPoints,
        LocalizedList mistakes,
        String image) {

    public GuideStep {
        if (number < 1) {
            throw new IllegalArgumentException("step numbers start at 1: " + number);
        }
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(keyPoints, "keyPoints");
        Objects.requireNonNull(mistakes, "mistakes");
        Objects.requireNonNull(image, "image");
    }
}
