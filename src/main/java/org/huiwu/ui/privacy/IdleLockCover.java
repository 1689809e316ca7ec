package org.huiwu.ui.privacy;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.privacy.IdleLock;

/**
 * The main window's content with the idle lock over it: when {@link IdleLock} says the window was idle long
 * enough, the content is hidden (not only covered) and a PIN prompt is shown in its place; the right PIN
 * shows the content again. Input anywhere in the scene restarts the idle time. FX thread only.
 */
public final class IdleLockCover extends StackPane {

    private final IdleLock lock;
    private final Node content;
    private final VBox prompt;
    private final PasswordField pin = new PasswordField();
    private final Label wrong = new Label();

    public IdleLockCover(Node content, IdleLock lock, I18n i18n) {
        this.lock = lock;
        this.content = content;
        Label title = new Label(i18n.get("privacy.lock.title"));
        Label hint = new Label(i18n.get("privacy.lock.hint"));
        hint.setWrapText(true);
        pin.setId("lockPinField");
        pin.setMaxWidth(240);
        Button unlock = new Button(i18n.get("privacy.lock.unlock"));
        unlock.setId("unlockButton");
        wrong.setId("lockWrong");
        wrong.getStyleClass().add("problem-text");
        wrong.setWrapText(true);
        unlock.setOnAction(event -> tryUnlock(i18n));
        pin.setOnAction(event -> tryUnlock(i18n));
        prompt = new VBox(12, title, hint, pin, unlock, wrong);
        prompt.setId("idleLockPrompt");
        prompt.setAlignment(Pos.CENTER);
        prompt.setMaxWidth(420);
        getChildren().setAll(content, prompt);
        show(lock.locked());
    }

    /** Restarts the idle time on every key, click, mouse move and scroll in the scene. Call once per scene. */
    public static void watchInput(Scene scene, IdleLock lock) {
        for (javafx.event.EventType<? extends InputEvent> type : java.util.List.of(KeyEvent.KEY_PRESSED,
                MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_MOVED, ScrollEvent.SCROLL)) {
            scene.addEventFilter(type, event -> lock.touched());
        }
    }

    /** Locks now when the window has been idle long enough (the window's timer calls this). */
    public void lockIfIdle() {
        if (!prompt.isVisible() && lock.lockIfIdle()) {
            pin.clear();
            wrong.setText("");
            show(true);
            pin.requestFocus();
        }
    }

    private void tryUnlock(I18n i18n) {
        if (lock.unlock(pin.getText())) {
            show(false);
        } else {
            wrong.setText(i18n.get("privacy.lock.wrong"));
        }
        pin.clear();
    }

    private void show(boolean locked) {
        content.setVisible(!locked);
        prompt.setVisible(locked);
        prompt.setManaged(locked);
    }
}
