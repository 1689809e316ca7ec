package org.huiwu.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.huiwu.i18n.I18n;
import org.junit.jupiter.api.Test;

/**
 * The status line naming the offline changes kept out because another laptop changed the record first (decision
 * 0048), in both languages, while the kept count passes through unchanged; nothing said when nothing was named.
 */
class KeptRecordsNoticeTest {

    @Test
    void namesTheRecordsInBothLanguagesAndPassesTheCountOn() throws Exception {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            AppState state = new AppState();
            I18n i18n = new I18n(locale);
            var counting = KeptRecordsNotice.counting(() -> 2, () -> List.of("本机的说法", "钥匙"), () -> state,
                    () -> i18n, Runnable::run);
            assertThat(counting.call()).isEqualTo(2);
            assertThat(state.statusProperty().get()).contains("“本机的说法”", "“钥匙”")
                    .contains(locale == Locale.ENGLISH ? "theirs was kept" : "保留了其他电脑的内容");
        }
        AppState quiet = new AppState();
        KeptRecordsNotice.counting(() -> 0, List::of, () -> quiet, () -> new I18n(Locale.ENGLISH), Runnable::run).call();
        assertThat(quiet.statusProperty().get()).isNullOrEmpty();
    }
}
