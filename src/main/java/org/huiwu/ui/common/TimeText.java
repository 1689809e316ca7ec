package org.huiwu.ui.common;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads and writes clock times as the attendant types them ("9:30", "09:30", "930"). Stateless. */
public final class TimeText {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private TimeText() {
    }

    public static String format(LocalTime time) {
        return time == null ? "" : SHOWN.format(time);
    }

    /** True for blank text (no time) and for a readable time. */
    public static boolean isValid(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The time, or null for blank text. */
    public static LocalTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip().replace('\uFF1A', ':');
        if (cleaned.matches("\\d{3,4}")) {
            cleaned = cleaned.substring(0, cleaned.length() - 2) + ":" + cleaned.substring(cleaned.length() - 2);
        }
        if (cleaned.matches("\\d:\\d{2}")) {
            cleaned = "0" + cleaned;
        }
        return LocalTime.parse(cleaned, SHOWN);
    }
}
