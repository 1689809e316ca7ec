package org.huiwu.model.staff;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One person of the service staff (人员管理表, annex B): name, post (null when none is set), grade (等级,
 * annex D, as the venue writes it), phone, start date (null when unknown) and notes. Immutable.
 */
public record StaffMember(UUID id, String name, UUID postId, String grade, String phone, LocalDate startDate,
        String notes) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        name = StaffPost.text(name);
        grade = StaffPost.text(grade);
        phone = StaffPost.text(phone);
        notes = StaffPost.text(notes);
    }
}
