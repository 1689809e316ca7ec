package org.huiwu.ui.meetings;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.model.Meeting;

/**
 * Whether the meeting form differs from the stored meeting (dirty), how many edits were typed since the form was
 * built (a save remembers the count, so edits made while it was on its way stay dirty), and the problem shown
 * under the form; a meeting shown in the fields is not an edit. The form as {@link MeetingSaves} changes it;
 * owned by {@link MeetingFormViewModel}. FX thread only.
 */
final class FormChanges implements MeetingSaves.Form {

    private final MeetingFields fields;
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private boolean loading;
    private long edits;

    FormChanges(MeetingFields fields) {
        this.fields = fields;
        for (Observable field : fields.all()) {
            field.addListener(changed -> {
                fields.readAgain(changed);
                dirty.set(!loading);
                edits += loading ? 0 : 1;
            });
        }
    }

    /** Whether a meeting is being shown in the fields (their changes are not edits). */
    boolean loading() {
        return loading;
    }

    StringProperty problemProperty() {
        return problem;
    }

    BooleanProperty dirtyProperty() {
        return dirty;
    }

    @Override
    public void show(Meeting meeting) {
        loading = true;
        fields.show(meeting);
        problem.set("");
        dirty.set(false);
        loading = false;
    }

    @Override
    public boolean dirty() {
        return dirty.get();
    }

    @Override
    public long edits() {
        return edits;
    }

    @Override
    public void changed() {
        dirty.set(true);
    }

    @Override
    public void saved(long at) {
        dirty.set(edits != at);
        problem.set("");
    }

    @Override
    public void problem(String text) {
        problem.set(text);
    }
}
