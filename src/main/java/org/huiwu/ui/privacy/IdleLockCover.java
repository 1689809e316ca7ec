package org.huiwu.ui.privacy;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
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
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.privacy.IdleLock;

/**
 * The main window's content with the idle lock over it: when {@link IdleLock} says the window was idle long
 * enough, the content is hidden (not only covered) and a PIN prompt is shown in its place; the right PIN
 * shows the content again. Open dialogs and other windows of the app are covered too: their content is hidden
 * while locked, and because a modal dialog takes the input from the main window, the PIN is then asked in a
 * small modal prompt of its own above the topmost dialog (the dialogs stay open and come back as they were).
 * Input anywhere in the scene restarts the idle time. FX thread only.
 */
public final class IdleLockCover extends StackPane {

    private final IdleLock lock;
    private final Node content;
    private final I18n i18n;
    private final Prompt prompt;
    private final List<Parent> hiddenRoots = new ArrayList<>();
    private Stage overDialogs;

    public IdleLockCover(Node content, IdleLock lock, I18n i18n) {
        this.lock = lock;
        this.content = content;
        this.i18n = i18n;
        this.prompt = new Prompt("", i18n);
        prompt.box.setId("idleLockPrompt");
        getChildren().setAll(content, prompt.box);
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
        if (!prompt.box.isVisible() && lock.lockIfIdle()) {
            prompt.reset();
            show(true);
            coverOtherWindows();
            prompt.pin.requestFocus();
        }
    }

    /** Hides the content of every other window of the app and, when there is one, asks the PIN above it. */
    private void coverOtherWindows() {
        Window main = getScene() == null ? null : getScene().getWindow();
        Window top = null;
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window == main || !window.isShowing() || window.getScene() == null) {
                continue;
            }
            Parent root = window.getScene().getRoot();
            if (root != null && root.isVisible()) {
                root.setVisible(false);
                hiddenRoots.add(root);
            }
            if (window instanceof Stage stage && (top == null || stage.getModality() != Modality.NONE)) {
                top = stage;
            }
        }
        if (top == null) {
            return;
        }
        Prompt second = new Prompt("dialog", i18n);
        second.box.setPadding(new Insets(24));
        second.box.setPrefWidth(420);
        overDialogs = new Stage(StageStyle.UTILITY);
        overDialogs.initOwner(top);
        overDialogs.initModality(Modality.APPLICATION_MODAL);
        overDialogs.setTitle(i18n.get("privacy.lock.title"));
        overDialogs.setScene(new Scene(second.box));
        if (main != null && main.getScene() != null) {
            overDialogs.getScene().getStylesheets().setAll(main.getScene().getStylesheets());
        }
        overDialogs.setOnCloseRequest(event -> event.consume());
        overDialogs.show();
        second.pin.requestFocus();
    }

    private void tryUnlock(Prompt from) {
        if (lock.unlock(from.pin.getText())) {
            show(false);
            hiddenRoots.forEach(root -> root.setVisible(true));
            hiddenRoots.clear();
            if (overDialogs != null) {
                overDialogs.close();
                overDialogs = null;
            }
        } else {
            from.wrong.setText(i18n.get("privacy.lock.wrong"));
        }
        from.pin.clear();
    }

    private void show(boolean locked) {
        content.setVisible(!locked);
        prompt.box.setVisible(locked);
        prompt.box.setManaged(locked);
    }

    /** A PIN prompt: ids {@code <prefix>lockPinField}, {@code <prefix>unlockButton}, {@code <prefix>lockWrong}. */
    private final class Prompt {
        private final PasswordField pin = new PasswordField();
        private final Label wrong = new Label();
        private final VBox box;

        Prompt(String prefix, I18n texts) {
            Label title = new Label(texts.get("privacy.lock.title"));
            Label hint = new Label(texts.get("privacy.lock.hint"));
            hint.setWrapText(true);
            pin.setId(prefix.isEmpty() ? "lockPinField" : prefix + "LockPinField");
            pin.setMaxWidth(240);
            Button unlock = new Button(texts.get("privacy.lock.unlock"));
            unlock.setId(prefix.isEmpty() ? "unlockButton" : prefix + "UnlockButton");
            wrong.setId(prefix.isEmpty() ? "lockWrong" : prefix + "LockWrong");
            wrong.getStyleClass().add("problem-text");
            wrong.setWrapText(true);
            unlock.setOnAction(event -> tryUnlock(this));
            pin.setOnAction(event -> tryUnlock(this));
            box = new VBox(12, title, hint, pin, unlock, wrong);
            box.setAlignment(Pos.CENTER);
            box.setMaxWidth(420);
        }

        void reset() {
            pin.clear();
            wrong.setText("");
        }
    }
}
