package org.huiwu.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.huiwu.i18n.I18n;

/** The command line's texts: Chinese on a Chinese system, English elsewhere. Stateless. */
final class CliText {

    private CliText() {
    }

    /**
     * The charset of the terminal: the console's on Windows, the locale's elsewhere; UTF-8 when the locale
     * cannot encode Chinese at all (a bare POSIX locale), since question marks help nobody.
     */
    static Charset outputCharset() {
        String console = System.getProperty("sun.stdout.encoding");
        Charset charset = console != null && Charset.isSupported(console) ? Charset.forName(console) : Charset.defaultCharset();
        return charset.newEncoder().canEncode('\u4F1A') ? charset : StandardCharsets.UTF_8;
    }

    static I18n forSystemLocale() {
        return new I18n(Locale.getDefault().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }
}
