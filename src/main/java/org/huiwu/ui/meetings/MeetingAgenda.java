package org.huiwu.ui.meetings;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.model.AgendaItem;
import org.huiwu.model.Meeting;

/**
 * The agenda lines of the meeting form while they are edited: adding, removing and moving lines, and
 * reading them back into agenda items. The list reports a change of any line's text; {@link #problem()}
 * names the first line whose time is marked. FX thread only.
 */
final class MeetingAgenda {

    private final ObservableList<AgendaRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.timeProperty(), row.titleProperty(),
                row.speakerProperty()});
    private final ObservableList<AgendaRow> marks =
            FXCollections.observableArrayList(row -> new Observable[] {row.timeProblemProperty()});
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final I18n i18n;
    private final String reason;

    MeetingAgenda(I18n i18n) {
        this.i18n = i18n;
        this.reason = i18n.get("meeting.problem.timeFormat");
        Bindings.bindContent(marks, rows);
        marks.addListener((Observable changed) -> showProblem());
    }

    /** The first marked line and why, in the user's language; empty when every time can be read. */
    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    private void showProblem() {
        for (int i = 0; i < marks.size(); i++) {
            String reasonOf = marks.get(i).timeProblemProperty().get();
            if (!reasonOf.isEmpty()) {
                problem.set(i18n.format("meeting.agenda.timeMark", i + 1, reasonOf));
                return;
            }
        }
        problem.set("");
    }

    ObservableList<AgendaRow> rows() {
        return rows;
    }

    void show(Meeting meeting) {
        rows.setAll(meeting == null ? List.of() : meeting.agenda().stream().map(item -> new AgendaRow(reason, item)).toList());
    }

    /** The lines with a title as agenda items, or null when a line's time cannot be read (every such line marked). */
    List<AgendaItem> items() {
        List<AgendaItem> items = new ArrayList<>();
        boolean readable = true;
        for (AgendaRow row : rows) {
            AgendaItem item = row.toItem();
            readable &= item != null;
            if (item != null && !item.title().isEmpty()) {
                items.add(item);
            }
        }
        return readable ? items : null;
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
        rows.add(new AgendaRow(reason, null));
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
