package org.huiwu.ui.meetings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.model.AgendaItem;
import org.huiwu.ui.common.TimeEntry;

/**
 * One editable agenda line in the meeting form. Its time is a {@link TimeEntry}: text until the form is
 * saved, marked as soon as the cell is left with a text that is not a time. FX thread only.
 */
public final class AgendaRow {

    private final TimeEntry time;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty speaker = new SimpleStringProperty(this, "speaker", "");

    AgendaRow(String reason, AgendaItem item) {
        this.time = new TimeEntry(reason);
        if (item != null) {
            time.show(item.time());
            title.set(item.title());
            speaker.set(item.speaker());
        }
    }

    /** Takes the text typed in the time cell and checks it; a text that is not a time is marked. */
    void commitTime(String text) {
        time.textProperty().set(text);
        time.commit();
    }

    /** The agenda item, or null (and the time marked) when the time text is not a time. */
    AgendaItem toItem() {
        if (!time.commit()) {
            return null;
        }
        return new AgendaItem(time.time(), title.get().strip(), speaker.get().strip());
    }

    public StringProperty timeProperty() {
        return time.textProperty();
    }

    /** Why the time cannot be saved, empty when it can. */
    public ReadOnlyStringProperty timeProblemProperty() {
        return time.problemProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }
}
