package org.huiwu.logic.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.huiwu.logic.seating.print.NameCardLayout;
import org.huiwu.persistence.LanguageNote;
import org.huiwu.persistence.SettingDao;
import org.huiwu.persistence.ThemeNote;

/**
 * The user's settings kept in the database: interface language, theme, backup policy and the
 * name-card size. The language is also noted beside the database ({@link LanguageNote}), so that what is
 * asked before the database opens (an encrypted folder's passphrase) is in the user's language; the theme
 * likewise ({@link ThemeNote}), so the window shown while the database opens is in the user's theme. Synchronous and thread-safe; call it off the FX thread except at start-up, before the
 * window exists.
 */
public final class Preferences {

    /** The interface languages the app ships complete. */
    public enum Language {
        CHINESE(Locale.SIMPLIFIED_CHINESE),
        ENGLISH(Locale.ENGLISH);

        private final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }

        public Locale locale() {
            return locale;
        }
    }

    /** The light theme, and the dim one for dark meeting rooms. */
    public enum Theme {
        LIGHT,
        DIM
    }

    private static final String LANGUAGE = "ui.language";
    private static final String THEME = "ui.theme";
    private static final String ATTENDANT = "ui.attendant";
    private static final String BACKUP_MINUTES = "backup.minutes";
    private static final String BACKUPS_KEPT = "backup.kept";
    private static final String NAME_CARDS = "print.nameCards";
    private static final String EXPORT_FOLDER = "ui.exportFolder";
    private static final String IDLE_MINUTES = "ui.idleLockMinutes";
    private static final String LOCK_PIN = "ui.lockPin";

    private final SettingDao settings;
    private final Path dataDir;
    private final java.util.function.BooleanSupplier serverAway;

    public Preferences(SettingDao settings) {
        this(settings, null, () -> false);
    }

    /**
     * Settings kept in {@code settings} (on a venue server, this laptop's own: decision 0046) that also note the
     * language in {@code dataDir} (null: nowhere but the database); {@code serverAway} tells whether the venue server
     * cannot be reached now (always false on the laptop's H2 file).
     */
    public Preferences(SettingDao settings, Path dataDir, java.util.function.BooleanSupplier serverAway) {
        this.settings = settings;
        this.dataDir = dataDir;
        this.serverAway = serverAway;
    }

    /** Whether the venue server cannot be reached now: the settings were stored on this laptop only (0046). */
    public boolean serverAway() {
        return serverAway.getAsBoolean();
    }

    /**
     * The language noted in the data folder, for what is shown before its database opens; Chinese when
     * none is noted (a new folder, or one last used by an older version).
     */
    public static Language languageBeforeOpening(Path dataDir) {
        return LanguageNote.read(dataDir).map(Preferences::languageOf).orElse(Language.CHINESE);
    }

    /** The theme noted in the data folder, for the window shown while its database opens; light when none is. */
    public static Theme themeBeforeOpening(Path dataDir) {
        return ThemeNote.read(dataDir).map(Preferences::themeOf).orElse(Theme.LIGHT);
    }

    public Language language() {
        return settings.find(LANGUAGE).map(Preferences::languageOf).orElse(Language.CHINESE);
    }

    /** The name of the attendant who last used this laptop, "" when none was typed. */
    public String attendantName() {
        return settings.find(ATTENDANT).orElse("");
    }

    /** Remembers the name (at most its first 200 characters; a name is never that long). */
    public void setAttendantName(String name) {
        String stripped = name.strip();
        settings.save(ATTENDANT, stripped.length() > 200 ? stripped.substring(0, 200) : stripped);
    }

    /** The folder the last export went into, if any (at most 1000 characters are kept). */
    public Optional<String> exportFolder() {
        return settings.find(EXPORT_FOLDER).filter(folder -> !folder.isBlank());
    }

    public void setExportFolder(String folder) {
        settings.save(EXPORT_FOLDER, folder.length() > 1000 ? "" : folder);
    }

    public void setLanguage(Language language) {
        settings.save(LANGUAGE, language.name());
        if (dataDir != null) {
            LanguageNote.write(dataDir, language.name());
        }
    }

    /** Notes the language in the data folder when the note is missing or differs (a folder from before notes). */
    public void noteLanguage() {
        if (dataDir != null && languageBeforeOpening(dataDir) != language()) {
            LanguageNote.write(dataDir, language().name());
        }
    }

    public Theme theme() {
        return settings.find(THEME).map(Preferences::themeOf).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        settings.save(THEME, theme.name());
        if (dataDir != null) {
            ThemeNote.write(dataDir, theme.name());
        }
    }

    /** Notes the theme in the data folder when the note is missing or differs (a folder from before notes). */
    public void noteTheme() {
        if (dataDir != null && themeBeforeOpening(dataDir) != theme()) {
            ThemeNote.write(dataDir, theme().name());
        }
    }

    /** The automatic-backup policy; the default when none (or an out-of-range one) is stored. */
    public BackupPolicy backupPolicy() {
        try {
            String minutes = settings.find(BACKUP_MINUTES).orElse(String.valueOf(BackupPolicy.DEFAULT.minutes()));
            String kept = settings.find(BACKUPS_KEPT).orElse(String.valueOf(BackupPolicy.DEFAULT.kept()));
            return new BackupPolicy(Integer.parseInt(minutes), Integer.parseInt(kept));
        } catch (IllegalArgumentException unusable) {
            return BackupPolicy.DEFAULT;
        }
    }

    public void setBackupPolicy(BackupPolicy policy) {
        settings.save(BACKUP_MINUTES, Integer.toString(policy.minutes()));
        settings.save(BACKUPS_KEPT, Integer.toString(policy.kept()));
    }

    /** Minutes without input before the window locks (default {@link IdleLockMinutes#DEFAULT}). */
    public int idleLockMinutes() {
        try {
            int minutes = Integer.parseInt(settings.find(IDLE_MINUTES).orElse(""));
            return IdleLockMinutes.allowed(minutes) ? minutes : IdleLockMinutes.DEFAULT;
        } catch (NumberFormatException unset) {
            return IdleLockMinutes.DEFAULT;
        }
    }

    public void setIdleLockMinutes(int minutes) {
        settings.save(IDLE_MINUTES, Integer.toString(minutes));
    }

    /** The stored form of the unlock PIN (the privacy feature's LockPin hash), "" when none is set. */
    public String lockPin() {
        return settings.find(LOCK_PIN).orElse("");
    }

    public void setLockPin(String stored) {
        settings.save(LOCK_PIN, stored);
    }

    /** The name-card layout last printed from the window: cards per sheet, panel size, second line. */
    public NameCardLayout nameCardLayout() {
        return settings.find(NAME_CARDS).flatMap(NameCardLayoutText::read).orElse(NameCardLayout.standard(1));
    }

    public void setNameCardLayout(NameCardLayout layout) {
        settings.save(NAME_CARDS, NameCardLayoutText.of(layout));
    }

    private static Language languageOf(String stored) {
        try {
            return Language.valueOf(stored);
        } catch (IllegalArgumentException unknown) {
            return Language.CHINESE;
        }
    }

    private static Theme themeOf(String stored) {
        try {
            return Theme.valueOf(stored);
        } catch (IllegalArgumentException unknown) {
            return Theme.LIGHT;
        }
    }
}
