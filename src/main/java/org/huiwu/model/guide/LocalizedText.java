package org.huiwu.model.guide;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text in both app languages (Simplified Chinese and English), as written in a guide manifest.
 * Immutable value; safe to share between threads.
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The Chinese text for any {@code zh} locale, the English text otherwise. */
    public String in(Locale locale) {
        return isChinese(locale) ? zh : en;
    }

    static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
