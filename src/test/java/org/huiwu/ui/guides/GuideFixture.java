package org.huiwu.ui.guides;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.guides.GuideLibrary;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.ImmediateTaskRunner;

/**
 * What a guides ViewModel test needs: the shipped guides on a same-thread runner, a clock the test can
 * move forward, shared state and English texts. Test code; confined to the test thread.
 */
final class GuideFixture {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
    final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    final GuideShelf shelf = new GuideShelf(GuideLibrary.onClassPath(), runner);
    final AppState state = new AppState();
    final I18n english = new I18n(Locale.ENGLISH);
    final I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
    final GuidePresentation presentation = new GuidePresentation(clock);

    GuideLibraryViewModel library(I18n i18n) {
        GuideLibraryViewModel library = new GuideLibraryViewModel(shelf, state, i18n);
        library.load();
        return library;
    }

    /** A clock that stands still until the test moves it. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
