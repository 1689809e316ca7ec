package org.huiwu.ui.meetings;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.model.AgendaItem;
import org.huiwu.model.Meeting;

/**
 * The agenda lines of the meeting form while they are edited: adding, removing and moving lines, and
 * reading them back into agenda items. The list reports a change of any line's text. FX thread only.
 */
final class MeetingAgenda {

    private final ObservableList<AgendaRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.timeProperty(), row.titleProperty(),
                row.speakerProperty()});

    ObservableList<AgendaRow> rows() {
        return rows;
    }

    void show(Meeting meeting) {
        rows.setAll(meeting == null ? List.of() : meeting.agenda().stream().map(AgendaRow::of).toList());
    }

    /** The lines with a title as agenda items, or null when a line's time cannot be read. */
    List<AgendaItem> items() {
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaRow row : rows) {
            AgendaItem item = row.toItem();
            if (item == null) {
                return null;
            }
            if (!item.title().isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /** Reads every line's texts, so the next edit of any of them is reported again (see the form's revalidate). */
    void readAll() {
        for (AgendaRow row : rows) {
            row.timeProperty().get();
            row.titleProperty().get();
            row.speakerProperty().get();
        }
    }

    void add() {
        rows.add(new AgendaRow("", "", ""));
    }

    void remove(AgendaRow row) {
        rows.remove(row);
    }

    void move(AgendaRow row, int offset) {
        int from = rows.indexOf(row);
        int to = from + offset;
        if (from >= 0 && to >= 0 && to < rows.size()) {
            rows.remove(from);
            rows.add(to, row);
        }
    }
}
