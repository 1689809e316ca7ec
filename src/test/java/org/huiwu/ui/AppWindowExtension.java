package org.huiwu.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.stage.Window;

import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FxDialogService;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The set-up every window test shares: before each test a fresh data folder and the whole app's window over
 * it ({@link AppWindow}, its data folder opened off the FX thread), after each test the window closed, the
 * database closed and the folder removed. Register it as an instance field after
 * {@code @ExtendWith(ApplicationExtension.class)} on the class:
 * <pre>{@code @RegisterExtension final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);}</pre>
 * Test code; one instance per test instance, used from the test thread.
 */
public final class AppWindowExtension implements BeforeEachCallback, AfterEachCallback {

    private final Supplier<Clock> clock;
    private final double width;
    private final double height;
    private Language language = Language.CHINESE;
    private Function<Supplier<Window>, DialogService> dialogs = FxDialogService::new;
    private Path dataDir;
    private AppWindow window;

    /** The window in Chinese and the light theme, at {@code width × height}, with the real dialogs. */
    public AppWindowExtension(Clock clock, double width, double height) {
        this(() -> clock, width, height);
    }

    /** As above, the clock read when the window opens (a test's movable clock field). */
    public AppWindowExtension(Supplier<Clock> clock, double width, double height) {
        this.clock = clock;
        this.width = width;
        this.height = height;
    }

    /** The window in {@code chosen} instead of Chinese. */
    public AppWindowExtension language(Language chosen) {
        this.language = chosen;
        return this;
    }

    /** Dialogs made by {@code factory} instead of the real ones (a scripted file chooser). */
    public AppWindowExtension dialogs(Function<Supplier<Window>, DialogService> factory) {
        this.dialogs = factory;
        return this;
    }

    /** The open window of the running test. */
    public AppWindow window() {
        return window;
    }

    /** The running test's data folder. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("huiwu-window-test");
        FxToolkit.setupFixture(() -> {
            window = AppWindow.open(dataDir, clock.get(), language, Theme.LIGHT, width, height, dialogs);
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (window != null) {
                window.close();
            }
        } finally {
            window = null;
            deleteQuietly(dataDir);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a file still held open stays in the temporary folder
                }
            });
        } catch (IOException ignored) {
            // nothing to remove
        }
    }
}
