package org.huiwu.logic.settings;

/**
 * How the window backs the database up: every so many minutes (and on exit), keeping the newest so many
 * backups. Both are checked against their limits. Immutable.
 *
 * @param minutes the interval between automatic backups
 * @param kept how many backups are kept
 */
public record BackupPolicy(int minutes, int kept) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 240;
    public static final int MIN_KEPT = 1;
    public static final int MAX_KEPT = 100;
    /** Every 15 minutes, the last 10 kept. */
    public static final BackupPolicy DEFAULT = new BackupPolicy(15, 10);

    public BackupPolicy {
        if (!minutesAllowed(minutes) || !keptAllowed(kept)) {
            throw new IllegalArgumentException("Backup policy out of range: " + minutes + " min, " + kept + " kept");
        }
    }

    public static boolean minutesAllowed(int minutes) {
        return minutes >= MIN_MINUTES && minutes <= MAX_MINUTES;
    }

    public static boolean keptAllowed(int kept) {
        return kept >= MIN_KEPT && kept <= MAX_KEPT;
    }
}
