package org.huiwu;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.privacy.IdleLock;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.privacy.IdleLockCover;

/**
 * The main window's idle lock: the lock fed by the scene's input, a timer that asks it every
 * {@value #CHECK_SECONDS} s whether to lock, and the cover over the window's content (made anew when the
 * {@link Workbench} rebuilds). Its minutes and PIN are read from the settings off the FX thread. FX thread only.
 */
final class IdleLocking {

    /** How often the window asks the idle lock whether to lock; the lock itself reads the clock. */
    private static final int CHECK_SECONDS = 15;

    private final IdleLock lock;
    private final AppContext context;
    private final TaskRunner runner;
    private IdleLockCover cover;

    IdleLocking(AppContext context, TaskRunner runner, Scene scene) {
        this.context = context;
        this.runner = runner;
        this.lock = new IdleLock(context.clock());
        IdleLockCover.watchInput(scene, lock);
        reload();
        Timeline check = new Timeline(new KeyFrame(Duration.seconds(CHECK_SECONDS), event -> lockIfIdle()));
        check.setCycleCount(Animation.INDEFINITE);
        check.play();
    }

    /** Reads the lock's minutes and PIN from the settings (off the FX thread) into the lock. */
    void reload() {
        runner.run(() -> java.util.Map.entry(context.preferences().idleLockMinutes(), context.preferences().lockPin()),
                saved -> lock.configure(saved.getKey(), saved.getValue()),
                failure -> lock.configure(IdleLock.DEFAULT_MINUTES, ""));
    }

    /** Hides the window's content behind the PIN prompt when it was idle long enough. */
    void lockIfIdle() {
        if (cover != null) {
            cover.lockIfIdle();
        }
    }

    /** The cover over {@code content}, replacing the last one; the scene's root. */
    IdleLockCover cover(Node content, I18n i18n) {
        cover = new IdleLockCover(content, lock, i18n);
        return cover;
    }
}
