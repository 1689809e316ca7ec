package org.huiwu;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.logic.settings.VenueServerSetting;
import org.huiwu.persistence.Database;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.settings.SettingsDialog;
import org.huiwu.ui.settings.SettingsViewModel;
import org.huiwu.ui.settings.VenueServerViewModel;

/**
 * The language and theme the window shows, and the settings dialog (视图 → 设置) and theme toggle that change them: a
 * new theme swaps the scene's stylesheets, a new language asks the {@link Workbench} to build its views again. FX
 * thread only; what is saved is saved through the task runner.
 */
final class WindowSettings {

    private final AppContext context;
    private final TaskRunner runner;
    private final Stage stage;
    private final Scene scene;
    private final Runnable languageChanged;
    private final Runnable idleLockChanged;
    private Language language;
    private Theme theme;

    /**
     * @param languageChanged builds the window again in {@link #language()}
     * @param idleLockChanged reads the idle lock's minutes and PIN again after the settings were saved
     */
    WindowSettings(AppContext context, TaskRunner runner, Stage stage, Language language, Theme theme,
            Runnable languageChanged, Runnable idleLockChanged) {
        this.context = context;
        this.runner = runner;
        this.stage = stage;
        this.scene = stage.getScene();
        this.language = language;
        this.theme = theme;
        this.languageChanged = languageChanged;
        this.idleLockChanged = idleLockChanged;
    }

    Language language() {
        return language;
    }

    /** Lays the current theme's stylesheets on the scene. */
    void applyTheme() {
        Themes.apply(scene, theme);
    }

    /** Opens the settings dialog over the window, with its texts, dialogs and failure messages. */
    void open(I18n i18n, DialogService dialogs, FailureMessages failures) {
        SettingsViewModel model = new SettingsViewModel(context.preferences(), language, theme, runner, dialogs,
                failures, i18n, this::apply, context::applyBackupPolicy);
        model.followIdleLock(idleLockChanged);
        VenueServerViewModel venue = new VenueServerViewModel(new VenueServerSetting(context.dataDir()), runner,
                failures, i18n);
        model.folderProtection().showClassifiedRule(context.classifiedFolder());
        boolean onServer = context.database().engine() == Database.Engine.POSTGRESQL;
        model.folderProtection().showOnServer(onServer);
        venue.showInUse(onServer);
        SettingsDialog.show(stage, scene.getStylesheets(), model, venue, i18n);
    }

    /** Shows {@code newLanguage} and {@code newTheme}, as saving the settings does. */
    void apply(Language newLanguage, Theme newTheme) {
        theme = newTheme;
        if (newLanguage != language) {
            language = newLanguage;
            languageChanged.run();
        } else {
            applyTheme();
        }
    }

    /** Switches between the light and the dim theme and remembers the choice. */
    void toggleTheme() {
        Theme next = theme == Theme.LIGHT ? Theme.DIM : Theme.LIGHT;
        runner.run(() -> {
            context.preferences().setTheme(next);
            return next;
        }, saved -> {
            theme = saved;
            applyTheme();
        }, failure -> Themes.apply(scene, next));
    }
}
