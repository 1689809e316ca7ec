package org.huiwu.logic.attendees.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text rules for imported cells: cleaning values, building comparison keys that tolerate case,
 * full-width forms and spacing, and spotting text that a spreadsheet would treat as a formula.
 * Stateless; safe to use from any thread.
 */
final class CellText {

    private static final Pattern SPACING = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern HEADER_DECORATION = Pattern.compile("^[*]+|[*:：]+$");
    private static final String FORMULA_STARTS = "=+-@";

    private CellText() {
    }

    /** The value as imported: null becomes "", surrounding whitespace (also full-width, no-break) goes. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /**
     * A comparison key: NFKC (full-width letters, digits and spaces become half-width), no spacing at all
     * (lists often pad two-character names, "张　三"), lower case.
     */
    static String key(String raw) {
        String folded = Normalizer.normalize(clean(raw), Normalizer.Form.NFKC);
        return SPACING.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A header key: like {@link #key} but also without a required-marker "*" or a trailing colon. */
    static String headerKey(String raw) {
        return HEADER_DECORATION.matcher(key(raw)).replaceAll("");
    }

    /** True for text a spreadsheet would run as a formula when typed or opened: = + - @ then more. */
    static boolean looksLikeFormula(String value) {
        return value.length() > 1 && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }

    /** True when the text holds a line break, tab or another control character. */
    static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
