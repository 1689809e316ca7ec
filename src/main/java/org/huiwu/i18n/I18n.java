package org.huiwu.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of one interface language, read from the {@code org.huiwu.i18n.messages}
 * bundle family (UTF-8). The base bundle is Chinese, the default language; English is complete beside
 * it. Immutable and thread-safe.
 */
public final class I18n {

    public static final String BUNDLE = "org.huiwu.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

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
}
