package org.huiwu.model.guide;

import java.util.List;
import java.util.Locale;

/**
 * An ordered list of short texts (key points, common mistakes) in both app languages. The two lists
 * need not be the same length, but a manifest must fill both. Immutable; safe to share between threads.
 */
public record LocalizedList(List<String> zh, List<String> en) {

    /** A list with no entries in either language. */
    public static final LocalizedList EMPTY = new LocalizedList(List.of(), List.of());

    public LocalizedList {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
    }

    /** The Chinese entries for any {@code zh} locale, the English entries otherwise. */
    public List<String> in(Locale locale) {
        return LocalizedText.isChinese(locale) ? zh : en;
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }
}
