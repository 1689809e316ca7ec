package org.huiwu;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.persistence.DatabaseServer;

/**
 * The window's own opening of a laptop folder on a venue server, for the UI tests of other packages (decision 0047):
 * {@link WindowOpening} with the window's arguments {@code --db-url} and {@code --db-user}, the password asked in its
 * real dialog, run on a thread of its own as the launcher runs it. Stateless.
 */
public final class WindowStartOnServer {

    private WindowStartOnServer() {
    }

    /** Begins opening {@code laptop} on {@code server}; completes with the context, or fails with the opening's failure. */
    public static CompletableFuture<AppContext> begin(Path laptop, DatabaseServer server) {
        CompletableFuture<AppContext> opened = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                FolderOpening opening = new WindowOpening(laptop,
                        List.of("--db-url", server.url(), "--db-user", server.user()), Language.CHINESE).finish(null);
                if (opening.failure != null) {
                    opened.completeExceptionally(opening.failure);
                } else {
                    opened.complete(opening.context);
                }
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
            }
        }, "test-window-opening");
        thread.setDaemon(true);
        thread.start();
        return opened;
    }
}
