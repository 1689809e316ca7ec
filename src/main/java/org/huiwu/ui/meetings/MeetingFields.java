package org.huiwu.ui.meetings;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.huiwu.i18n.I18n;
import org.huiwu.model.AgendaItem;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.ui.common.TimeEntry;

/**
 * The meeting form's fields and their checks: shows a meeting in them and reads them back into a meeting,
 * naming the first field that cannot be read, and the attendee count shown beside the expected count. The start and end times are {@link TimeEntry}s, marked as
 * soon as the field is left with text that is not a time. FX thread only.
 */
final class MeetingFields {

    final StringProperty title = new SimpleStringProperty(this, "title", "");
    final ObjectProperty<MeetingCategory> category = new SimpleObjectProperty<>(this, "category");
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    final TimeEntry start;
    final TimeEntry end;
    final StringProperty venue = new SimpleStringProperty(this, "venue", "");
    final StringProperty host = new SimpleStringProperty(this, "host", "");
    final StringProperty organiser = new SimpleStringProperty(this, "organiser", "");
    final ObjectProperty<Confidentiality> confidentiality = new SimpleObjectProperty<>(this, "confidentiality");
    final BooleanProperty foreignAffairs = new SimpleBooleanProperty(this, "foreignAffairs");
    final IntegerProperty expected = new SimpleIntegerProperty(this, "expected");
    final StringProperty contactPerson = new SimpleStringProperty(this, "contactPerson", "");
    final StringProperty contactPhone = new SimpleStringProperty(this, "contactPhone", "");
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    final MeetingAgenda agenda;
    /** The number of people on the meeting's attendee list, followed by the form. */
    final IntegerProperty listed = new SimpleIntegerProperty(this, "listed");
    private final ReadOnlyStringWrapper listedText = new ReadOnlyStringWrapper(this, "listedText", "");

    private final I18n i18n;

    MeetingFields(I18n i18n) {
        this.i18n = i18n;
        start = new TimeEntry(i18n.get("meeting.problem.timeFormat"));
        end = new TimeEntry(i18n.get("meeting.problem.timeFormat"));
        agenda = new MeetingAgenda(i18n);
        listed.addListener(changed -> showListed());
        expected.addListener(changed -> showListed());
    }

    /** The attendee count shown beside the expected count, saying whether an expected 0 is saved as it. */
    ReadOnlyStringProperty listedText() {
        return listedText.getReadOnlyProperty();
    }

    private void showListed() {
        listedText.set(i18n.format(expected.get() == 0 ? "meeting.field.listedDefault" : "meeting.field.listed",
                listed.get()));
    }

    /**
     * Reads the changed field again. An invalidation listener hears only the first change after a read,
     * so without this a second edit that nothing has read in between (no view bound, as in tests or a
     * programmatic edit) would not be heard.
     */
    void readAgain(Observable changed) {
        if (changed instanceof ObservableValue<?> value) {
            value.getValue();
        } else {
            agenda.readAll();
        }
    }

    /** Every field whose change makes the form differ from the stored meeting. */
    List<Observable> all() {
        return List.of(title, category, date, start.textProperty(), end.textProperty(), venue, host, organiser,
                confidentiality, foreignAffairs, expected, contactPerson, contactPhone, notes, agenda.rows());
    }

    void show(Meeting meeting) {
        boolean present = meeting != null;
        title.set(present ? meeting.title() : "");
        category.set(present ? meeting.category() : null);
        date.set(present ? meeting.date() : null);
        start.show(present ? meeting.startTime() : null);
        end.show(present ? meeting.plannedEndTime() : null);
        venue.set(present ? meeting.venue() : "");
        host.set(present ? meeting.hostOrganisation() : "");
        organiser.set(present ? meeting.organisingOrganisation() : "");
        confidentiality.set(present ? meeting.confidentiality() : null);
        foreignAffairs.set(present && meeting.foreignAffairs());
        expected.set(present ? meeting.expectedAttendees() : 0);
        contactPerson.set(present ? meeting.contactPerson() : "");
        contactPhone.set(present ? meeting.contactPhone() : "");
        notes.set(present ? meeting.notes() : "");
        agenda.show(meeting);
    }

    /**
     * The meeting {@code loaded} as the fields describe it, an expected count of 0 read as {@link #listed};
     * null (with the reason given to {@code problem}) when a field cannot be read.
     */
    Meeting edited(Meeting loaded, java.util.function.Consumer<String> problem) {
        if (date.get() == null) {
            problem.accept(i18n.get("meeting.problem.dateMissing"));
            return null;
        }
        boolean startValid = start.commit();
        if (!end.commit() || !startValid) {
            problem.accept(i18n.get("meeting.problem.timeFormat"));
            return null;
        }
        List<AgendaItem> items = agenda.items();
        if (items == null) {
            problem.accept(i18n.get("meeting.problem.timeFormat"));
            return null;
        }
        return meeting(loaded, date.get(), start.time(), end.time(), items);
    }

    /**
     * The meeting {@code loaded} as the fields describe it where they can be read; a field that cannot be read
     * (marked beside it) keeps {@code loaded}'s value, so nothing typed in the other fields is lost.
     */
    Meeting readable(Meeting loaded) {
        boolean startValid = start.commit();
        boolean endValid = end.commit();
        List<AgendaItem> items = agenda.items();
        return meeting(loaded, date.get() == null ? loaded.date() : date.get(),
                startValid ? start.time() : loaded.startTime(), endValid ? end.time() : loaded.plannedEndTime(),
                items == null ? loaded.agenda() : items);
    }

    private Meeting meeting(Meeting loaded, LocalDate day, java.time.LocalTime from, java.time.LocalTime to,
            List<AgendaItem> items) {
        return new Meeting(loaded.id(), title.get().strip(), category.get(), day, from, to, venue.get().strip(),
                host.get().strip(), organiser.get().strip(), confidentiality.get(),
                foreignAffairs.get(), expected.get() == 0 ? listed.get() : expected.get(), contactPerson.get().strip(),
                contactPhone.get().strip(), notes.get(), items);
    }
}
