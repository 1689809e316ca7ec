package org.huiwu.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of one interface language. Each feature keeps its own bundle family in
 * {@code org/huiwu/i18n} (UTF-8 properties: the base file is Chinese, the default language, and
 * {@code _en} is complete English); this class joins the families listed in {@link #FAMILIES} into
 * one bundle. A key must live in one family only. Immutable and thread-safe.
 */
public final class I18n {

    /** The bundle families, by base name inside {@code org/huiwu/i18n}; a family not shipped is skipped. */
    public static final List<String> FAMILIES =
            List.of("messages", "seating", "rounds", "incidents", "guides", "export", "checklists", "feedback",
                    "sources", "privacy", "cli", "staff", "flow", "charts", "venue", "live", "floor");

    private static final String PACKAGE = "org.huiwu.i18n.";
    private static final java.time.format.DateTimeFormatter CLOCK = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    private final ResourceBundle bundle;
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = locale;
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String family : FAMILIES) {
            if (I18n.class.getResource(family + ".properties") == null) {
                continue;
            }
            ResourceBundle part = ResourceBundle.getBundle(PACKAGE + family, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : part.keySet()) {
                texts.put(key, part.getObject(key));
            }
        }
        this.bundle = new JoinedBundle(texts);
    }

    /** All texts as one bundle, for FXML {@code %key} lookups. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}; a missing key shows as itself in brackets rather than failing the screen. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return "[" + key + "]";
        }
    }

    /** The text of {@code key} with its MessageFormat arguments filled in. */
    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(get(key), locale);
        return format.format(arguments);
    }

    /** A day as this language writes it on screen (zh 2026-12-06, en 6 Dec 2026); empty for none. */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : dateFormat().format(day);
    }

    /** A typed day in this language's format or as 2026-12-06; null for blank text or text that is no day. */
    public java.time.LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (java.time.format.DateTimeFormatter format : List.of(dateFormat(),
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return java.time.LocalDate.parse(text.strip(), format);
            } catch (java.time.format.DateTimeParseException notThisOne) {
                // try the next accepted format
            }
        }
        return null;
    }

    /** A day and clock time as shown on screen: the day as {@link #date} writes it, then 09:00. */
    public String dateTime(java.time.LocalDateTime at) {
        return at == null ? "" : date(at.toLocalDate()) + " " + CLOCK.format(at);
    }

    /** A typed day and time ("6 Dec 2026 09:00", "2026-12-06 9:00"); null when it is not one. */
    public java.time.LocalDateTime parseDateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        int space = trimmed.lastIndexOf(' ');
        java.time.LocalDate day = space < 0 ? null : parseDate(trimmed.substring(0, space));
        try {
            return day == null ? null : day.atTime(java.time.LocalTime.parse(trimmed.substring(space + 1),
                    java.time.format.DateTimeFormatter.ofPattern("H:mm")));
        } catch (java.time.format.DateTimeParseException notATime) {
            return null;
        }
    }

    private java.time.format.DateTimeFormatter dateFormat() {
        return java.time.format.DateTimeFormatter.ofPattern(get("format.date"), locale);
    }

    /** The families' texts in one read-only bundle. */
    private static final class JoinedBundle extends ResourceBundle {
        private final Map<String, Object> texts;

        JoinedBundle(Map<String, Object> texts) {
            this.texts = Collections.unmodifiableMap(texts);
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.keySet());
        }
    }
}
