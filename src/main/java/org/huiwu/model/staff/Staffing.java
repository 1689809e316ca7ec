package org.huiwu.model.staff;

import java.util.Objects;
import java.util.UUID;

/**
 * One line of a meeting's staffing table (人员配置表, annex J): the person, by id and by name as assigned,
 * the post as it was named then, and the zone or place they serve (free text; the tea-service zones take
 * their attendants from these names). Immutable.
 */
public record Staffing(UUID id, UUID meetingId, UUID staffId, String staffName, String postZh, String postEn,
        String zone, String assignedBy) {

    public Staffing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(staffId, "staffId");
        staffName = StaffPost.text(staffName);
        postZh = StaffPost.text(postZh);
        postEn = StaffPost.text(postEn);
        zone = StaffPost.text(zone);
        assignedBy = StaffPost.text(assignedBy);
    }

    /** The post in the language asked for. */
    public String post(boolean english) {
        return english && !postEn.isEmpty() ? postEn : postZh;
    }
}
