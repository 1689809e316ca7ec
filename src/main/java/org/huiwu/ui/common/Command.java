package org.huiwu.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * One command of a screen: its text, shortcut, enabled state and what it does, as a ControlsFX
 * {@link Action}, plus where the menu bar shows it (a menu named by its bundle key, a rank inside that
 * menu, a separator before it). Every menu item and toolbar button made from it ({@link #menuItem()},
 * {@link #button()}) binds to it, so the menu, the toolbar and the shortcut cannot disagree. A command
 * whose screen is not built yet builds it when run. FX thread only.
 */
public final class Command extends Action {

    private final String id;
    private String menu;
    private int rank;
    private boolean separatedBefore;
    private Supplier<List<MenuItem>> submenu;

    private Command(String id, String text, Runnable run) {
        super(text, event -> run.run());
        this.id = id;
    }

    /** A command with the node id {@code id} (kept by tests and the layout check), its text and its action. */
    public static Command of(String id, String text, Runnable run) {
        return new Command(id, text, run);
    }

    /**
     * A command that opens a submenu whose items {@code items} makes each time it opens (options ticked
     * as they stand now). It runs nothing itself.
     */
    public static Command submenu(String id, String text, Supplier<List<MenuItem>> items) {
        Command command = new Command(id, text, () -> { });
        command.submenu = items;
        return command;
    }

    /** Runs {@code first} before the command's own action (a menu command that first shows its tab). */
    public Command wrap(Runnable first) {
        Consumer<ActionEvent> own = getEventHandler();
        setEventHandler(event -> {
            first.run();
            own.accept(event);
        });
        return this;
    }

    /** Sets the shortcut, in {@link KeyCombination#keyCombination(String)} form ("Shortcut+S"). */
    public Command keys(String accelerator) {
        setAccelerator(KeyCombination.keyCombination(accelerator));
        return this;
    }

    /** Binds the enabled state: the command is off whenever {@code enabled} is false. */
    public Command enabledWhen(ObservableBooleanValue enabled) {
        disabledProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get(), enabled));
        return this;
    }

    /** Places the command in the menu bar's menu with the bundle key {@code menuKey}, ordered by {@code rank}. */
    public Command inMenu(String menuKey, int rank) {
        this.menu = menuKey;
        this.rank = rank;
        return this;
    }

    /** Puts a separator line before this command in its menu. */
    public Command separatedBefore() {
        separatedBefore = true;
        return this;
    }

    public String id() {
        return id;
    }

    /** The bundle key of the menu bar menu that shows this command, or null when only a button or a key does. */
    public String menu() {
        return menu;
    }

    public int rank() {
        return rank;
    }

    public boolean isSeparatedBefore() {
        return separatedBefore;
    }

    /** Runs the command as its menu item would, unless it is disabled. */
    public void run() {
        if (!isDisabled()) {
            handle(new ActionEvent());
        }
    }

    /** A new menu item bound to this command (a menu item lives in one menu, so each call makes one). */
    public MenuItem menuItem() {
        if (submenu != null) {
            Menu menu = new Menu();
            menu.textProperty().bind(textProperty());
            menu.disableProperty().bind(disabledProperty());
            menu.setId(id);
            menu.getItems().add(new MenuItem());
            menu.setOnShowing(event -> menu.getItems().setAll(submenu.get()));
            return menu;
        }
        MenuItem item = ActionUtils.createMenuItem(this);
        item.setId(id);
        return item;
    }

    /**
     * Lets this command drive a button laid out elsewhere (in FXML, with its own icon and label): the
     * button is enabled as the command is and runs it.
     */
    public void drive(ButtonBase button) {
        button.disableProperty().bind(disabledProperty());
        button.setOnAction(this);
    }

    /** A new button bound to this command (text, enabled state, action); its shortcut stays with the menu item. */
    public Button button() {
        Button button = ActionUtils.createButton(this);
        button.setId(id);
        return button;
    }
}
