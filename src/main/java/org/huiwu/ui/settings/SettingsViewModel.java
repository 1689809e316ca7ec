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
 * and how many backups are kept (checked against {@link BackupPolicy}'s limits). {@link #apply()} stores
 * them and then lets the composition root rebuild or restyle the window and reschedule the backups. FX
 * thread only; the settings are read and written on the task runner's thread.
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
        language.set(currentLanguage);
        theme.set(currentTheme);
        backupMinutes.addListener((o, was, now) -> problem.set(""));
        backupsKept.addListener((o, was, now) -> problem.set(""));
    }

    /** Reads the saved backup policy into the form. */
    public void load() {
        runner.run(preferences::backupPolicy, policy -> {
            backupMinutes.set(Integer.toString(policy.minutes()));
            backupsKept.set(Integer.toString(policy.kept()));
        }, failure -> problem.set(failures.describe(failure)));
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
        runner.run(() -> {
            preferences.setLanguage(chosenLanguage);
            preferences.setTheme(chosenTheme);
            preferences.setBackupPolicy(policy);
            return chosenTheme;
        }, saved -> {
            onBackupPolicy.accept(policy);
            onApplied.accept(chosenLanguage, chosenTheme);
        },
                failure -> dialogs.showError(i18n.get("error.title"), failures.describe(failure)));
    }
}
