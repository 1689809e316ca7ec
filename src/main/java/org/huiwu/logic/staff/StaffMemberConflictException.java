package org.huiwu.logic.staff;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.staff.StaffMember;

/**
 * A person's details were changed on another laptop since the roster showed them, and a field both laptops changed
 * differs (decision 0050): nothing was written; {@link #merge()} holds the person as shown, as typed here and as
 * stored, for the keep-mine / take-theirs question. Immutable.
 */
public final class StaffMemberConflictException extends RuntimeException {

    private final transient FieldMerge<StaffMember> merge;

    public StaffMemberConflictException(FieldMerge<StaffMember> merge) {
        super("person changed meanwhile: " + merge.theirs().id());
        this.merge = merge;
    }

    public FieldMerge<StaffMember> merge() {
        return merge;
    }
}
