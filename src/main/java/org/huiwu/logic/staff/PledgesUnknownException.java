package org.huiwu.logic.staff;

import org.huiwu.i18n.I18n;

/**
 * Refuses making a meeting 涉密 (or moving a 涉密 meeting to another day) while the venue server cannot be reached
 * and this laptop never read the meeting's staffing or their pledges, so the pledge rule cannot be checked
 * (decision 0040). Nothing was written or queued.
 */
public final class PledgesUnknownException extends RuntimeException {

    public PledgesUnknownException(Throwable unreachable) {
        super("the pledge rule needs the venue server: staffing or pledges never read on this laptop", unreachable);
    }

    /** The refusal in the user's language: why, and what to do. */
    public String message(I18n i18n) {
        return i18n.get("staff.problem.pledgesNeedServer");
    }
}
