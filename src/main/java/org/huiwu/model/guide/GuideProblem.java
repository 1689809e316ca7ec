package org.huiwu.model.guide;

import java.util.Objects;

/**
 * Why one guide (named by its folder id) could not be loaded. Shown to maintainers and logged; the
 * other guides load regardless. Immutable; safe to share between threads.
 */
public record GuideProblem(String guideId, String reason) {

    public GuideProblem {
        Objects.requireNonNull(guideId, "guideId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return guideId + ": " + reason;
    }
}
