package org.huiwu.logic.settings;

/**
 * How long the window may stay untouched before the idle lock hides it: the range a user may choose in
 * Settings and the default (decision 0026). Kept with the settings so that reading them needs nothing of
 * the lock itself. Constants only.
 */
public final class IdleLockMinutes {

    public static final int DEFAULT = 10;
    public static final int MIN = 1;
    public static final int MAX = 240;

    private IdleLockMinutes() {
    }

    public static boolean allowed(int minutes) {
        return minutes >= MIN && minutes <= MAX;
    }
}
