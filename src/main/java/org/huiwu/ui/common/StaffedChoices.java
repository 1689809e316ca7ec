package org.huiwu.ui.common;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

import org.huiwu.i18n.I18n;

/**
 * A small menu button beside a field where the attendant names who did something: it offers the people
 * on the open meeting's staffing table (see {@link OpenMeeting#staffedNames}) and puts the one chosen into
 * the field; the field still takes any name typed. Disabled while nobody is staffed. FX thread only.
 */
public final class StaffedChoices {

    private StaffedChoices() {
    }

    /** A button that writes the chosen staffed name into {@code target}. */
    public static MenuButton button(ObservableList<String> names, StringProperty target, I18n i18n) {
        MenuButton button = new MenuButton(i18n.get("staff.choose"));
        button.getStyleClass().add("staffed-choices");
        Runnable fill = () -> {
            button.getItems().setAll(names.stream().map(name -> {
                MenuItem item = new MenuItem(name);
                item.setOnAction(e -> target.set(name));
                return item;
            }).toList());
            button.setDisable(names.isEmpty());
        };
        names.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        return button;
    }
}
