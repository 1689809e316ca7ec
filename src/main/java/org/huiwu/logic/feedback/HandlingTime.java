package org.huiwu.logic.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.persistence.SettingDao;

/**
 * The venue's time for handling a complaint, in hours, and which complaints are past it. No standard
 * sets one (domain digest §12), so there is no default: while it is unset nothing counts as overdue.
 * Stateless apart from its collaborators; call from a background thread.
 */
public final class HandlingTime {

    static final String KEY = "complaint_handling_hours";
    /** The longest time accepted, in hours (a year). */
    public static final int MAX_HOURS = 24 * 366;

    private final SettingDao settings;
    private final java.util.function.BooleanSupplier holding;

    /** @param holding whether writes wait for the venue server now (a time set then is sent later, decision 0046) */
    public HandlingTime(SettingDao settings, java.util.function.BooleanSupplier holding) {
        this.settings = settings;
        this.holding = holding;
    }

    /** Whether what was set waits in this laptop's outbox to be sent to the venue server (decision 0046). */
    public boolean waiting() {
        return holding.getAsBoolean();
    }

    /** The venue's handling time, empty when it has not set one. */
    public Optional<Duration> get() {
        return settings.find(KEY).filter(v -> !v.isBlank()).map(v -> Duration.ofHours(Integer.parseInt(v.strip())));
    }

    /** Sets the time in whole hours, or unsets it with null. */
    public void set(Integer hours) {
        if (hours != null && (hours < 1 || hours > MAX_HOURS)) {
            throw new FeedbackRejectedException(FeedbackProblem.HANDLING_TIME, MAX_HOURS);
        }
        settings.save(KEY, hours == null ? "" : hours.toString());
    }

    /** Whether the complaint is still open past the handling time at {@code now}; never when no time is set. */
    public static boolean overdue(Complaint complaint, Optional<Duration> time, Instant now) {
        return time.isPresent() && complaint.status().isOpen() && complaint.receivedAt().plus(time.get()).isBefore(now);
    }
}
