package org.huiwu.ui.feedback;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.feedback.FeedbackRejectedException;
import org.huiwu.ui.common.FailureMessages;

/**
 * The feedback screens' wording: labels in the user's language (template labels in Chinese or English),
 * date-times in the app clock's zone (shown and parsed as {@code yyyy-MM-dd HH:mm}), and refusals as
 * sentences. Immutable and thread-safe.
 */
public final class FeedbackTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** A typed date and time read back, empty when it does not have the shown form. */
    public Optional<Instant> parseTime(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), TIME).atZone(zone).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A refusal or failure as one sentence. */
    public String describe(Throwable failure) {
        if (failure instanceof FeedbackRejectedException rejected) {
            return i18n.format(rejected.problem().messageKey(), rejected.limit());
        }
        return failures.describe(failure);
    }
}
