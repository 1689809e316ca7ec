package org.huiwu.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Start-up marks for the start-up benchmark: when the system property {@value #PROPERTY} names a file,
 * appends {@code shown <epoch ms>} at the first layout pulse after the window is shown and
 * {@code interactive <epoch ms>} at the first pulse that finds the given list filled. Without the property
 * it does nothing. The times are taken on the FX thread; the file is written by a short-lived daemon
 * thread, never on the FX thread.
 */
public final class StartupMarks {

    /** The system property naming the file the marks are appended to. */
    public static final String PROPERTY = "huiwu.startup.marks";

    private StartupMarks() {
    }

    /** Marks the first show of {@code stage} and the first pulse at which {@code listSelector} has items. */
    public static void watch(Stage stage, String listSelector) {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        Path file = Path.of(target);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            Scene scene = stage.getScene();
            boolean[] done = new boolean[2];
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                long now = System.currentTimeMillis();
                if (!done[0]) {
                    done[0] = true;
                    write(file, "shown " + now);
                }
                Node list = scene.lookup(listSelector);
                if (!done[1] && list instanceof ListView<?> view && !view.getItems().isEmpty()) {
                    done[1] = true;
                    write(file, "interactive " + now);
                    scene.removePostLayoutPulseListener(listener[0]);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
        });
    }

    private static void write(Path file, String line) {
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "huiwu-startup-marks");
        writer.setDaemon(true);
        writer.start();
    }
}
