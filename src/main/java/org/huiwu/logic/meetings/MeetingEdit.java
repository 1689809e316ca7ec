package org.huiwu.logic.meetings;

import org.huiwu.model.Meeting;

/**
 * A meeting's details as stored, with the optimistic version they were stored at (decision 0031). Immutable.
 *
 * @param meeting the details
 * @param version the stored version; an edit made from it is saved only while it is still the stored one
 */
public record MeetingEdit(Meeting meeting, int version) {
}
