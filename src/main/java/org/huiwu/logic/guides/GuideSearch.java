package org.huiwu.logic.guides;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import net.sourceforge.pinyin4j.PinyinHelper;
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
        return textHit || initialsMatch(guide.title().zh(), needle);
    }

    /** True when {@code needle} (ASCII letters) runs along consecutive characters' pinyin initials. */
    static boolean initialsMatch(String chinese, String needle) {
        if (needle.isEmpty() || !needle.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        List<Set<Character>> initials = initials(chinese);
        for (int start = 0; start + needle.length() <= initials.size(); start++) {
            boolean all = true;
            for (int i = 0; i < needle.length() && all; i++) {
                all = initials.get(start + i).contains(needle.charAt(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<Set<Character>> initials(String text) {
        List<Set<Character>> result = new ArrayList<>();
        for (char c : text.toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            Set<Character> firsts = new LinkedHashSet<>();
            if (readings != null) {
                for (String reading : readings) {
                    if (!reading.isEmpty()) {
                        firsts.add(Character.toLowerCase(reading.charAt(0)));
                    }
                }
            } else if (Character.isLetterOrDigit(c)) {
                firsts.add(Character.toLowerCase(c));
            }
            if (!firsts.isEmpty()) {
                result.add(firsts);
            }
        }
        return result;
    }
}
