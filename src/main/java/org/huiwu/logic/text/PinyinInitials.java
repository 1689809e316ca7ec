package org.huiwu.logic.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Matches typed pinyin initials against Chinese text, as attendants search for a person or a guide
 * on a laptop keyboard ("wjg" finds 王建国). A character with several readings matches the initial of
 * any of them; letters and digits match themselves. Stateless; safe to call from any thread.
 */
public final class PinyinInitials {

    private PinyinInitials() {
    }

    /**
     * True when {@code needle} (lower-case ASCII letters) runs along the initials of consecutive
     * characters of {@code text}.
     */
    public static boolean matches(String text, String needle) {
        if (needle.isEmpty() || !needle.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        List<Set<Character>> initials = initials(text);
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
