package org.huiwu.ui.attendees.importing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.huiwu.logic.attendees.importing.AttendeeField;

/**
 * One column of the imported file as the mapping row shows it: its header (or sample) text and the
 * attendee field it fills; a null field means the column is ignored. FX thread only.
 */
public final class ColumnChoice {

    private final int column;
    private final String caption;
    private final ObjectProperty<AttendeeField> field = new SimpleObjectProperty<>(this, "field");

    ColumnChoice(int column, String caption, AttendeeField field) {
        this.column = column;
        this.caption = caption;
        this.field.set(field);
    }

    public int column() {
        return column;
    }

    public String caption() {
        return caption;
    }

    public ObjectProperty<AttendeeField> fieldProperty() {
        return field;
    }
}
