package org.huiwu.logic.export;

/**
 * Where a line of report text that is too wide may be broken: after a space or a Chinese character rather than
 * inside a word of Latin letters or digits. Stateless; any thread.
 */
final class LineBreaks {

    private LineBreaks() {
    }

    /**
     * Where a wrapped line ends: not inside a word of Latin letters or digits ("chair|s", "00:|57") when
     * the line has a space or a Chinese character to break after instead; a single overlong word is cut.
     */
    static int wordEnd(String text, int start, int end) {
        if (end >= text.length() || !inWord(text.charAt(end - 1)) || !inWord(text.charAt(end))) {
            return end;
        }
        for (int i = end - 1; i > start; i--) {
            if (!inWord(text.charAt(i - 1))) {
                return i;
            }
        }
        return end;
    }

    private static boolean inWord(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c) && "—–/(".indexOf(c) < 0;
    }
}
