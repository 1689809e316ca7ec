package org.huiwu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

import org.huiwu.Launcher;

/**
 * The child JVM of {@link MemoryBench}: starts the minimal window or Huiwu in this JVM, waits for the
 * window's list to fill, then (Huiwu) selects the first meeting and shows every tab of the main window once,
 * ending on the seating tab, lets it settle, collects garbage and writes {@code heap <bytes> rss <bytes>} to
 * the file named by its first argument. The FX work goes through {@code Platform.runLater}; the probe
 * itself runs on a daemon thread. Test code.
 */
public final class MemoryProbe {

    private static final long SETTLE_MILLIS = 4000;

    private MemoryProbe() {
    }

    /** Arguments: the result file, {@code minimal} or {@code huiwu}, then the app's own arguments. */
    public static void main(String[] args) {
        Path result = Path.of(args[0]);
        boolean huiwu = args[1].equals("huiwu");
        Thread probe = new Thread(() -> probe(result, huiwu), "memory-probe");
        probe.setDaemon(true);
        probe.start();
        String[] appArgs = Arrays.copyOfRange(args, 2, args.length);
        if (huiwu) {
            Launcher.main(appArgs);
        } else {
            MinimalWindow.main(appArgs);
        }
    }

    private static void probe(Path result, boolean huiwu) {
        try {
            waitUntil(() -> list() != null && !list().getItems().isEmpty());
            if (huiwu) {
                onFx(() -> list().getSelectionModel().select(0));
                Thread.sleep(SETTLE_MILLIS);
                int tabs = onFx(() -> tabPane().getTabs().size());
                for (int i = 0; i < tabs; i++) {
                    int index = i;
                    onFx(() -> tabPane().getSelectionModel().select(index));
                    Thread.sleep(SETTLE_MILLIS / 2);
                }
                onFx(() -> tabPane().getTabs().stream().filter(t -> t.getId() != null && t.getId().contains("seat"))
                        .findFirst().ifPresent(t -> tabPane().getSelectionModel().select(t)));
            }
            Thread.sleep(SETTLE_MILLIS);
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(300);
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(-1L);
            Files.writeString(result, "heap " + heap + " rss " + rss + "\n");
        } catch (IOException | InterruptedException | RuntimeException e) {
            try {
                Files.writeString(result, "failed " + e + "\n");
            } catch (IOException ignored) {
                // the bench reports the missing result
            }
        }
    }

    private static ListView<?> list() {
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null && window.getScene().lookup("#meetingList") instanceof ListView<?> list) {
                return list;
            }
        }
        return null;
    }

    private static TabPane tabPane() {
        Node list = list();
        return list == null ? null : (TabPane) list.getScene().lookup(".tab-pane");
    }

    private static void waitUntil(java.util.function.BooleanSupplier ready) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (onFx(ready::getAsBoolean)) {
                    return;
                }
            } catch (IllegalStateException toolkitNotStartedYet) {
                // Platform.runLater refuses work until the toolkit runs; ask again
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window did not fill its list");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void onFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
