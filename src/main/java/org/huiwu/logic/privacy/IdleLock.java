package org.huiwu.logic.privacy;

import org.huiwu.logic.settings.IdleLockMinutes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the window hides its content: after {@link #minutes()} without input, read from the injected clock,
 * once a PIN is set (without one the lock is off, and the settings say so). The window reports input with
 * {@link #touched()} and asks {@link #lockIfIdle()} on its own timer; {@link #unlock} takes the PIN.
 * Not thread-safe: confine to the FX thread.
 */
public final class IdleLock {

    public static final int DEFAULT_MINUTES = IdleLockMinutes.DEFAULT;
    public static final int MIN_MINUTES = IdleLockMinutes.MIN;
    public static final int MAX_MINUTES = IdleLockMinutes.MAX;

    private final Clock clock;
    private int minutes = DEFAULT_MINUTES;
    private String pinHash;
    private Instant lastInput;
    private boolean locked;

    public IdleLock(Clock clock) {
        this.clock = clock;
        this.lastInput = clock.instant();
    }

    /** Takes the saved settings: minutes without input, and the stored PIN (null or "" when none). */
    public void configure(int idleMinutes, String storedPin) {
        this.minutes = idleMinutes;
        this.pinHash = storedPin == null || storedPin.isEmpty() ? null : storedPin;
        touched();
    }

    public static boolean minutesAllowed(int minutes) {
        return IdleLockMinutes.allowed(minutes);
    }

    public int minutes() {
        return minutes;
    }

    /** Whether the lock can engage at all: a PIN is set. */
    public boolean enabled() {
        return pinHash != null;
    }

    public boolean locked() {
        return locked;
    }

    /** Input arrived: the idle time starts again (input does not unlock). */
    public void touched() {
        if (!locked) {
            lastInput = clock.instant();
        }
    }

    /** Locks when enabled and the clock has passed the idle time since the last input; returns whether locked. */
    public boolean lockIfIdle() {
        if (!locked && enabled()
                && Duration.between(lastInput, clock.instant()).compareTo(Duration.ofMinutes(minutes)) >= 0) {
            locked = true;
        }
        return locked;
    }

    /** Unlocks when the PIN matches; returns whether it did. */
    public boolean unlock(String pin) {
        if (locked && LockPin.matches(pin, pinHash)) {
            locked = false;
            lastInput = clock.instant();
        }
        return !locked;
    }
}
