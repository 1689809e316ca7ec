package org.huiwu.persistence;

import java.util.UUID;

/** One {@code survey_answer} row as read by Jdbi's constructor mapper. Immutable. */
public record SurveyAnswerRow(UUID formId, UUID itemId, int level) {
}
