package org.huiwu.ui.attendees;

import java.util.List;
import java.util.UUID;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

import org.huiwu.model.Attendee;

/**
 * The attendee table's rows, sorted as the table's columns say, and the person the user chose kept selected and
 * focused when the list changes (a move, a reload after a save), so that Alt+Up pressed again moves the same
 * person on. The selection the table itself makes while the list changes (listeners registered before and after
 * the table's mark that time) is not a choice of the user and is not remembered. Made by
 * {@link AttendeeTableView}. FX thread only.
 */
final class KeptSelection {

    private final TableView<Attendee> table;
    private UUID selectedId;
    private boolean listChanging;

    /** Shows {@code attendees} in {@code table}, sorted by the table, and keeps the chosen person from now on. */
    KeptSelection(TableView<Attendee> table, ObservableList<Attendee> attendees) {
        this.table = table;
        SortedList<Attendee> sorted = new SortedList<>(attendees);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        sorted.addListener((ListChangeListener<Attendee>) change -> listChanging = true);
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, attendee) -> {
            if (attendee != null && !listChanging) {
                selectedId = attendee.id();
            }
        });
        sorted.addListener((ListChangeListener<Attendee>) change -> {
            listChanging = false;
            keep();
        });
    }

    private void keep() {
        Attendee now = table.getSelectionModel().getSelectedItem();
        if (selectedId == null || (now != null && now.id().equals(selectedId))) {
            return;
        }
        List<Attendee> items = table.getItems();
        for (int row = 0; row < items.size(); row++) {
            if (items.get(row).id().equals(selectedId)) {
                table.getSelectionModel().clearAndSelect(row);
                table.getFocusModel().focus(row);
                return;
            }
        }
    }
}
