package org.huiwu.model.feedback;

import java.util.Objects;
import java.util.UUID;

/** The rating one form gave one item, as a level of the item scale. Immutable. */
public record SurveyAnswer(UUID itemId, int level) {

    public SurveyAnswer {
        Objects.requireNonNull(itemId, "itemId");
    }
}
