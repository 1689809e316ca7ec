package org.huiwu.model.staff;

import java.time.LocalDate;
import java.util.UUID;

/** A meeting a person served, with the post and zone they had there. Immutable. */
public record ServedMeeting(UUID meetingId, String title, LocalDate meetingDate, String postZh, String postEn,
        String zone) {

    /** The post in the language asked for. */
    public String post(boolean english) {
        return english && postEn != null && !postEn.isEmpty() ? postEn : postZh;
    }
}
