package org.huiwu.ui.common;

import org.huiwu.i18n.I18n;
import org.huiwu.i18n.ModelLabels;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.MeetingCategory;
import org.huiwu.model.Side;

/**
 * The model's enums in the user's language, by their keys in {@link ModelLabels}. Stateless.
 */
public final class EnumLabels {

    private final I18n i18n;

    public EnumLabels(I18n i18n) {
        this.i18n = i18n;
    }

    public String of(MeetingCategory category) {
        return i18n.get(ModelLabels.key(category));
    }

    public String of(Confidentiality level) {
        return i18n.get(ModelLabels.key(level));
    }

    public String of(AttendeeRole role) {
        return i18n.get(ModelLabels.key(role));
    }

    public String of(Side side) {
        return i18n.get(ModelLabels.key(side));
    }

    public String of(CheckInStatus status) {
        return i18n.get(ModelLabels.key(status));
    }
}
