package org.huiwu.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** One way to write a day per language on screen, and typed days read back in it or as ISO. */
class DayTextsTest {

    private final I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final I18n english = new I18n(Locale.ENGLISH);

    @Test
    void chineseWritesIsoDaysAndEnglishWritesDayMonthYear() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        assertThat(chinese.date(day)).isEqualTo("2026-12-06");
        assertThat(english.date(day)).isEqualTo("6 Dec 2026");
        assertThat(english.dateTime(day.atTime(9, 0))).isEqualTo("6 Dec 2026 09:00");
        assertThat(chinese.date(null)).isEmpty();
    }

    @Test
    void typedDaysAreReadInTheShownFormatOrAsIso() {
        assertThat(english.parseDate("6 Dec 2026")).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(english.parseDate("2026-12-06")).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(chinese.parseDate(" 2026-12-06 ")).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(chinese.parseDate("12/6/2026")).isNull();
        assertThat(english.parseDateTime("27 Nov 2026 9:30")).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 30));
        assertThat(chinese.parseDateTime("2026-11-27 09:30")).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 30));
        assertThat(chinese.parseDateTime("2026-11-27")).isNull();
    }
}
