package org.huiwu.ui.staff;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.staff.MeetingStaffing;
import org.huiwu.logic.staff.StaffRejectedException;
import org.huiwu.model.staff.PledgeStatus;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.logic.messages.FailureMessages;

/**
 * The staff screens' texts: the bundle, refusals in the user's language, and posts and pledge standing as
 * labels. Immutable; any thread.
 */
public record StaffTexts(I18n i18n, FailureMessages failures) {

    public boolean english() {
        return "en".equals(i18n.locale().getLanguage());
    }

    /** The message for a failure: a refusal's own text, otherwise the general description. */
    public String describe(Throwable failure) {
        if (failure instanceof StaffRejectedException refused) {
            return MeetingStaffing.message(refused, i18n);
        }
        return failures.describe(failure);
    }

    public String post(StaffPost post) {
        return post == null ? i18n.get("staff.post.none") : post.name(english());
    }

    public String pledge(PledgeStatus status) {
        return i18n.get(status.labelKey());
    }
}
