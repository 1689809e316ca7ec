package org.huiwu.model.feedback;

import java.time.Instant;

/**
 * What a user enters about a complaint: when and how it came in, from whom, category and content, and
 * its handling (who, actions taken, result, the complainant's response). Immutable.
 */
public record ComplaintDetails(Instant receivedAt, ComplaintChannel channel, String complainantUnit,
        String complainantName, String complainantContact, String category, String content, String handledBy,
        String actionsTaken, String result, String complainantResponse) {
}
