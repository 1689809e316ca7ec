package org.huiwu.logic.guides;

import java.util.Locale;
import java.util.stream.Stream;
import org.huiwu.logic.text.PinyinInitials;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.LocalizedText;

/**
 * Decides whether a guide matches a search: plain text in either language, or the pinyin initials of
 * the Chinese title, where a character read several ways matches any of its readings' initials.
 * Stateless; safe to call from any thread.
 */
final class GuideSearch {

    private GuideSearch() {
    }

    /** @param needle the query, already stripped and lower-cased */
    static boolean matches(Guide guide, String needle) {
        Stream<LocalizedText> texts = Stream.concat(
                Stream.of(guide.title(), guide.purpose()),
                guide.steps().stream().map(s -> s.caption()));
        boolean textHit = texts.anyMatch(t -> t.zh().toLowerCase(Locale.ROOT).contains(needle)
                || t.en().toLowerCase(Locale.ROOT).contains(needle));
        return textHit || PinyinInitials.matches(guide.title().zh(), needle);
    }
}
