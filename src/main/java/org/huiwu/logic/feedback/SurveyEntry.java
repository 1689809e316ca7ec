package org.huiwu.logic.feedback;

import java.util.Map;
import java.util.UUID;

/**
 * One paper survey form as typed in, not yet checked: respondent unit and optional name, the level given
 * to each item (items left blank are absent), the overall level (null when blank) and comments.
 * Immutable.
 */
public record SurveyEntry(String respondentUnit, String respondentName, Map<UUID, Integer> ratings,
        Integer overallLevel, String comments) {

    public SurveyEntry {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }
}
