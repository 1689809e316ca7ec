package org.huiwu.ui.common;

import java.time.LocalDate;

import javafx.util.StringConverter;

import org.huiwu.i18n.I18n;

/**
 * Shows and reads a day in a DatePicker as the language writes it everywhere on screen (zh 2026-12-06,
 * en 6 Dec 2026; see {@link I18n#date}); typed ISO days are read too. Stateless; FX thread.
 */
public final class DayConverter extends StringConverter<LocalDate> {

    private final I18n i18n;

    public DayConverter(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public String toString(LocalDate day) {
        return i18n.date(day);
    }

    @Override
    public LocalDate fromString(String text) {
        return i18n.parseDate(text);
    }
}
