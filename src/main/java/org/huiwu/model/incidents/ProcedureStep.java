package org.huiwu.model.incidents;

import java.util.Locale;
import java.util.Objects;

/**
 * One numbered step of a handling procedure, in Chinese and English, with the role to notify at this
 * step (null when the step notifies nobody). Immutable.
 */
public record ProcedureStep(int number, String zh, String en, ContactRole notifyRole) {

    public ProcedureStep {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (number < 1) {
            throw new IllegalArgumentException("step numbers start at 1: " + number);
        }
    }

    /** The Chinese text for any {@code zh} locale, the English text otherwise. */
    public String text(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }

    public boolean notifies() {
        return notifyRole != null;
    }
}
