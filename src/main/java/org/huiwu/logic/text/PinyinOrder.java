package org.huiwu.logic.text;

import java.util.Comparator;
import java.util.Locale;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Orders Chinese names by their pinyin (拼音顺序), as lists of units are often ordered: each character
 * is read by its first listed reading with the tone number ("南通" → "nan2 tong1"), letters and digits
 * stand for themselves, and equal readings fall back to the characters themselves so that the order
 * is total. Stateless; safe to call from any thread.
 */
public final class PinyinOrder {

    /** Compares texts by pinyin, then by the text itself. */
    public static final Comparator<String> BY_PINYIN = Comparator.comparing(PinyinOrder::key)
            .thenComparing(Comparator.naturalOrder());

    private PinyinOrder() {
    }

    /** The sort key of a text: its readings separated by spaces, lower case. */
    public static String key(String text) {
        StringBuilder key = new StringBuilder();
        for (char c : text.toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            String reading = readings != null && readings.length > 0 ? readings[0]
                    : Character.isLetterOrDigit(c) ? String.valueOf(c).toLowerCase(Locale.ROOT) : "";
            if (!reading.isEmpty()) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(reading);
            }
        }
        return key.toString();
    }
}
