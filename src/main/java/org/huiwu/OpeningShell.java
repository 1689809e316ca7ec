package org.huiwu;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.shell.MainWindow;
import org.huiwu.ui.shell.MainWindowViewModel;
import org.huiwu.ui.shell.OpeningScreen;
import org.huiwu.ui.shell.WindowFit;

/**
 * The main window as it first shows, before the data folder is open (decision 0035): the real shell
 * ({@link MainWindow}) with its menu bar, the meeting list's place saying the folder is being opened and the
 * status bar, in the language and theme noted beside the database. It holds no data and runs no database
 * work; {@link Workbench} then fills the same scene. FX thread only.
 */
final class OpeningShell {

    /** Marks a scene made here, which the {@link Workbench} then takes over instead of making its own. */
    private static final String MARK = "huiwu.openingShell";

    private OpeningShell() {
    }

    /** Puts the opening window into {@code stage} (not shown yet). */
    static void putInto(Stage stage, Path dataDir, Language language, Theme theme) {
        I18n i18n = new I18n(language.locale());
        java.util.Locale.setDefault(language.locale());
        MainWindow window = new MainWindow(new MainWindowViewModel(new AppState(), i18n, dataDir),
                List.of(new OpeningScreen(i18n)), WindowCommands.MENUS, WindowCommands.whileOpening(stage, i18n, dataDir),
                i18n);
        javafx.geometry.Dimension2D size = WindowFit.contentSize(Workbench.WIDTH, Workbench.HEIGHT);
        Scene scene = new Scene(window, size.getWidth(), size.getHeight());
        scene.getProperties().put(MARK, Boolean.TRUE);
        Themes.apply(scene, theme);
        stage.setScene(scene);
        stage.setTitle(i18n.get("app.title"));
        stage.setMinWidth(Workbench.MIN_WIDTH);
        stage.setMinHeight(Workbench.MIN_HEIGHT);
        WindowFit.keepOnScreen(stage);
    }

    /** Runs {@code then} once, at the first layout pulse after {@code stage}'s opening window has shown. */
    static void afterFirstLayout(Stage stage, Runnable then) {
        afterNextLayout(stage, then);
    }

    /** Runs {@code then} once, at the next layout pulse of {@code stage}'s scene while the stage shows. */
    static void afterNextLayout(Stage stage, Runnable then) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (stage.isShowing()) {
                scene.removePostLayoutPulseListener(once[0]);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The scene of the opening window {@code stage} shows, taken over once; null when it shows none. */
    static Scene takeOver(Stage stage) {
        Scene scene = stage.getScene();
        if (scene == null || scene.getProperties().remove(MARK) == null) {
            return null;
        }
        return scene;
    }
}
