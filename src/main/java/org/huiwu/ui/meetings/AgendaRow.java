package org.huiwu.ui.meetings;

import java.time.LocalTime;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.model.AgendaItem;
import org.huiwu.ui.common.TimeText;

/** One editable agenda line in the meeting form; the time is text until the form is saved. FX thread only. */
public final class AgendaRow {

    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty speaker = new SimpleStringProperty(this, "speaker", "");

    public AgendaRow(String time, String title, String speaker) {
        this.time.set(time);
        this.title.set(title);
        this.speaker.set(speaker);
    }

    static AgendaRow of(AgendaItem item) {
        return new AgendaRow(TimeText.format(item.time()), item.title(), item.speaker());
    }

    /** The agenda item, or null when the time text is not a time. */
    AgendaItem toItem() {
        if (!TimeText.isValid(time.get())) {
            return null;
        }
        LocalTime parsed = TimeText.parse(time.get());
        return new AgendaItem(parsed, title.get().strip(), speaker.get().strip());
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }
}
