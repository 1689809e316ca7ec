package org.huiwu.model.checklists;

import java.util.Locale;

/** Picks the text of a bilingual item: English when asked and present, Chinese otherwise. Stateless. */
public final class ItemText {

    private ItemText() {
    }

    /** The item text for the language of {@code locale}. */
    public static String of(String textZh, String textEn, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return english && textEn != null && !textEn.isBlank() ? textEn : textZh;
    }
}
