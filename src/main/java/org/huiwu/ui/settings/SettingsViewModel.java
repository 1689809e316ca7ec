package org.huiwu.ui.settings;

import java.util.function.BiConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.huiwu.logic.settings.Preferences;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FailureMessages;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.TaskRunner;

/**
 * The settings the user can change: interface language and theme. {@link #apply()} stores them and
 * then lets the composition root rebuild or restyle the window. FX thread only.
 */
public final class SettingsViewModel {

    private final Preferences preferences;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final BiConsumer<Language, Theme> onApplied;

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");

    public SettingsViewModel(Preferences preferences, Language currentLanguage, Theme currentTheme,
            TaskRunner runner, DialogService dialogs, FailureMessages failures, I18n i18n,
            BiConsumer<Language, Theme> onApplied) {
        this.preferences = preferences;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        this.onApplied = onApplied;
        language.set(currentLanguage);
        theme.set(currentTheme);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void apply() {
        Language chosenLanguage = language.get();
        Theme chosenTheme = theme.get();
        runner.run(() -> {
            preferences.setLanguage(chosenLanguage);
            preferences.setTheme(chosenTheme);
            return chosenTheme;
        }, saved -> onApplied.accept(chosenLanguage, chosenTheme),
                failure -> dialogs.showError(i18n.get("error.title"), failures.describe(failure)));
    }
}
