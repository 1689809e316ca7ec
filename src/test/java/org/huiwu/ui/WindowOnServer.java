package org.huiwu.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;

import org.huiwu.AppContext;
import org.huiwu.Workbench;
import org.huiwu.logic.live.LoopbackForwarder;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.FxDialogService;
import org.huiwu.ui.common.FxTaskRunner;
import org.testfx.api.FxToolkit;

/**
 * The real main window of a laptop working on a fresh venue server, reached through a loopback forwarder the test
 * cuts and restores as a network outage would (the outage window tests): the laptop's context opened as the window's
 * opening does, and the window shown in Chinese at the given size. Made on the test thread; {@link #close} after the
 * test closes the window, the context and the forwarder.
 */
final class WindowOnServer implements AutoCloseable {

    final DatabaseServer server;
    final LoopbackForwarder network;
    final AppContext context;
    private Workbench workbench;

    private WindowOnServer(DatabaseServer server, LoopbackForwarder network, AppContext context) {
        this.server = server;
        this.network = network;
        this.context = context;
    }

    static WindowOnServer open(Path laptop, Clock clock, int width, int height) throws Exception {
        DatabaseServer server = TestStores.freshServer();
        LoopbackForwarder network = LoopbackForwarder.to(server);
        AppContext context = AppContext.open(laptop, clock, LoopbackForwarder.through(server, network),
                Duration.ZERO, () -> { }, null);
        context.applyBackupPolicy(context.preferences().backupPolicy()); // as the window's opening does
        WindowOnServer window = new WindowOnServer(server, network, context);
        window.show(width, height);
        return window;
    }

    /** The window over {@code context}, opened elsewhere on {@code server} through {@code network} (decision 0047). */
    static WindowOnServer show(AppContext context, DatabaseServer server, LoopbackForwarder network, int width,
            int height) throws TimeoutException {
        WindowOnServer window = new WindowOnServer(server, network, context);
        window.show(width, height);
        return window;
    }

    /** Closes the window and the context, as quitting the app does; the network stays for the next start. */
    void quit() throws TimeoutException {
        FxToolkit.cleanupStages();
        context.close();
    }

    private void show(int width, int height) throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            workbench = new Workbench(context, new FxTaskRunner(context.databaseWorker()), stage, Language.CHINESE,
                    Theme.LIGHT, FxDialogService::new);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
    }

    Workbench workbench() {
        return workbench;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
        network.close();
    }
}
