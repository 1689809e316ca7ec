package org.huiwu.ui.feedback;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.feedback.FeedbackRejectedException;
import org.huiwu.logic.messages.FailureMessages;

/**
 * The feedback screens' wording: labels in the user's language (template labels in Chinese or English),
 * date-times in the app clock's zone (shown and parsed as the language writes them, see {@link I18n#dateTime}), and refusals as
 * sentences. Immutable and thread-safe.
 */
public final class FeedbackTexts {

    private final I18n i18n;
    private final FailureMessages failures;
    private final ZoneId zone;

    public FeedbackTexts(I18n i18n, FailureMessages failures, ZoneId zone) {
        this.i18n = i18n;
        this.failures = failures;
        this.zone = zone;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Whether template labels are shown in English. */
    public boolean english() {
        return "en".equals(i18n.locale().getLanguage());
    }

    /** The date and time, or empty for none. */
    public String time(Instant at) {
        return at == null ? "" : i18n.dateTime(at.atZone(zone).toLocalDateTime());
    }

    /** A typed date and time read back, empty when it does not have the shown form. */
    public Optional<Instant> parseTime(String text) {
        return Optional.ofNullable(i18n.parseDateTime(text)).map(at -> at.atZone(zone).toInstant());
    }

    /** A refusal or failure as one sentence. */
    public String describe(Throwable failure) {
        if (failure instanceof FeedbackRejectedException rejected) {
            return i18n.format(rejected.problem().messageKey(), rejected.limit());
        }
        return failures.describe(failure);
    }
}
