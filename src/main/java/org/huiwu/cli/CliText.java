package org.huiwu.cli;

import java.util.Locale;

import org.huiwu.ui.common.I18n;

/** The command line's texts: Chinese on a Chinese system, English elsewhere. Stateless. */
final class CliText {

    private CliText() {
    }

    static I18n forSystemLocale() {
        return new I18n(Locale.getDefault().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }
}
