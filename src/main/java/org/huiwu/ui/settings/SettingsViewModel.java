package org.huiwu.ui.settings;

import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.logic.privacy.IdleLock;
import org.huiwu.logic.privacy.LockPin;
import org.huiwu.logic.settings.BackupPolicy;
import org.huiwu.logic.settings.Preferences;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.TaskRunner;

/**
 * The settings the user can change: interface language, theme, and how often the database is backed up
 * and how many backups are kept (checked against {@link BackupPolicy}'s limits), and the idle lock's minutes
 * and PIN (stored hashed); what it says about the records' protection is {@link FolderProtection}'s.
 * {@link #apply()} stores them and then lets the composition root rebuild or restyle the window and reschedule the
 * backups; when the venue server cannot be reached they are not stored (a message says so) but the window still
 * takes the chosen language and theme. FX thread only; the settings are read and written on the task runner's
 * thread.
 */
public final class SettingsViewModel {

    private final Preferences preferences;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final BiConsumer<Language, Theme> onApplied;
    private final Consumer<BackupPolicy> onBackupPolicy;

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final StringProperty backupMinutes = new SimpleStringProperty(this, "backupMinutes", "");
    private final StringProperty backupsKept = new SimpleStringProperty(this, "backupsKept", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final StringProperty idleMinutes = new SimpleStringProperty(this, "idleMinutes", "");
    private final StringProperty newPin = new SimpleStringProperty(this, "newPin", "");
    private final ReadOnlyStringWrapper pinState = new ReadOnlyStringWrapper(this, "pinState", "");
    private final FolderProtection folderProtection;
    private Runnable onIdleLock = () -> { };

    public SettingsViewModel(Preferences preferences, Language currentLanguage, Theme currentTheme,
            TaskRunner runner, DialogService dialogs, FailureMessages failures, I18n i18n,
            BiConsumer<Language, Theme> onApplied, Consumer<BackupPolicy> onBackupPolicy) {
        this.preferences = preferences;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        this.onApplied = onApplied;
        this.onBackupPolicy = onBackupPolicy;
        this.folderProtection = new FolderProtection(runner, i18n);
        language.set(currentLanguage);
        theme.set(currentTheme);
        backupMinutes.addListener((o, was, now) -> problem.set(""));
        backupsKept.addListener((o, was, now) -> problem.set(""));
        idleMinutes.addListener((o, was, now) -> problem.set(""));
        newPin.addListener((o, was, now) -> problem.set(""));
    }

    /** Runs after saved settings changed the idle lock, so the window reads them again. */
    public void followIdleLock(Runnable changed) {
        this.onIdleLock = changed;
    }

    /** What the form says about where the records are protected (a venue server, the folder's 涉密 rule). */
    public FolderProtection folderProtection() {
        return folderProtection;
    }

    /** Minutes without input before the window locks. */
    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    /** A new unlock PIN; empty keeps the one set. */
    public StringProperty newPinProperty() {
        return newPin;
    }

    /** Whether a PIN is set (without one the idle lock is off). */
    public ReadOnlyStringProperty pinStateProperty() {
        return pinState.getReadOnlyProperty();
    }

    /** Reads the saved backup policy into the form. */
    public void load() {
        runner.run(preferences::backupPolicy, policy -> {
            backupMinutes.set(Integer.toString(policy.minutes()));
            backupsKept.set(Integer.toString(policy.kept()));
        }, failure -> problem.set(failures.describe(failure)));
        runner.run(() -> java.util.Map.entry(preferences.idleLockMinutes(), !preferences.lockPin().isEmpty()), lock -> {
            idleMinutes.set(Integer.toString(lock.getKey()));
            pinState.set(i18n.get(lock.getValue() ? "privacy.settings.pinSet" : "privacy.settings.pinNone"));
        }, failure -> problem.set(failures.describe(failure)));
        folderProtection.load(failure -> problem.set(failures.describe(failure)));
    }

    public StringProperty backupMinutesProperty() {
        return backupMinutes;
    }

    public StringProperty backupsKeptProperty() {
        return backupsKept;
    }

    /** Why the form cannot be applied, empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the backup fields hold allowed numbers; otherwise {@link #problemProperty()} says which. */
    public boolean validate() {
        OptionalInt minutes = number(backupMinutes.get());
        OptionalInt kept = number(backupsKept.get());
        if (minutes.isEmpty() || !BackupPolicy.minutesAllowed(minutes.getAsInt())) {
            problem.set(i18n.format("settings.backup.badMinutes", BackupPolicy.MIN_MINUTES, BackupPolicy.MAX_MINUTES));
        } else if (kept.isEmpty() || !BackupPolicy.keptAllowed(kept.getAsInt())) {
            problem.set(i18n.format("settings.backup.badKept", BackupPolicy.MIN_KEPT, BackupPolicy.MAX_KEPT));
        } else if (number(idleMinutes.get()).isEmpty() || !IdleLock.minutesAllowed(number(idleMinutes.get()).getAsInt())) {
            problem.set(i18n.format("privacy.settings.badMinutes", IdleLock.MIN_MINUTES, IdleLock.MAX_MINUTES));
        } else if (!newPin.get().isEmpty() && !LockPin.allowed(newPin.get())) {
            problem.set(i18n.get("privacy.settings.badPin"));
        } else {
            problem.set("");
        }
        return problem.get().isEmpty();
    }

    private static OptionalInt number(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text == null ? "" : text.strip()));
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Stores the settings when they are valid (see {@link #validate()}) and applies them. */
    public void apply() {
        if (!validate()) {
            return;
        }
        Language chosenLanguage = language.get();
        Theme chosenTheme = theme.get();
        BackupPolicy policy = new BackupPolicy(Integer.parseInt(backupMinutes.get().strip()),
                Integer.parseInt(backupsKept.get().strip()));
        int lockMinutes = Integer.parseInt(idleMinutes.get().strip());
        String pin = newPin.get();
        newPin.set("");
        runner.run(() -> {
            preferences.setLanguage(chosenLanguage);
            preferences.setTheme(chosenTheme);
            preferences.setBackupPolicy(policy);
            preferences.setIdleLockMinutes(lockMinutes);
            if (!pin.isEmpty()) {
                preferences.setLockPin(LockPin.hash(pin));
            }
            return preferences.serverAway();
        }, serverAway -> {
            onBackupPolicy.accept(policy);
            onIdleLock.run();
            if (serverAway) { // said in the language read so far, then the window takes the choice (decision 0046)
                dialogs.showInformation(i18n.get("settings.title"), i18n.get("settings.storedOnLaptop"));
            }
            onApplied.accept(chosenLanguage, chosenTheme);
        }, failure -> dialogs.showError(i18n.get("error.title"), failures.describe(failure)));
    }
}
