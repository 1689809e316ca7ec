package org.huiwu.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.stage.Window;

import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.persistence.FxThreadGuard;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FxDialogService;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The set-up every window test shares: before each test a fresh data folder and the whole app's window over
 * it ({@link AppWindow}, its data folder opened off the FX thread), after each test the window closed, the
 * database closed and the folder removed. A database statement or file write that the FX-thread guard
 * refused on the FX thread during the test (in a callback, where nothing else would notice) fails the test. Register it as an instance field after
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
    private final List<Throwable> violations = new CopyOnWriteArrayList<>();
    private Path dataDir;
    private AppWindow window;
    private Thread.UncaughtExceptionHandler previousHandler;

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
        violations.clear();
        FxToolkit.setupFixture(() -> {
            Thread fx = Thread.currentThread();
            if (!FxThreadGuard.onFxThread()) {
                throw new IllegalStateException("The FX thread is named '" + fx.getName() + "'; the guard would miss it");
            }
            previousHandler = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((thread, failure) -> {
                if (isFxThreadViolation(failure)) {
                    violations.add(failure);
                }
                previousHandler.uncaughtException(thread, failure);
            });
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
            FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler(previousHandler));
            deleteQuietly(dataDir);
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " database or file call(s) on the FX thread during the test",
                    violations.get(0));
        }
    }

    /** True when the failure (or a cause) is the FX-thread guard refusing database or file work. */
    private static boolean isFxThreadViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && String.valueOf(t.getMessage())
                    .startsWith(FxThreadGuard.VIOLATION)) {
                return true;
            }
        }
        return false;
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
