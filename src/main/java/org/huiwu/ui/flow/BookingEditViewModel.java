package org.huiwu.ui.flow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.huiwu.logic.flow.FlowProblem;
import org.huiwu.logic.flow.FlowRejectedException;
import org.huiwu.logic.flow.RoomBook;
import org.huiwu.model.flow.Booking;
import org.huiwu.model.flow.Room;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.TimeEntry;
import org.huiwu.ui.common.TimeText;

/**
 * Editing the booking selected in the venue calendar: its room, day, times and title, committed when a field
 * is left or a choice made (Esc puts the stored booking back), and cancelling it after asking. A change that
 * would double-book the room is refused with the clash shown in the venue's message; the typing stays,
 * marked, until it is corrected or Esc drops it. A start or end that is not a time is marked beside its
 * field ({@link TimeEntry}) and not saved. FX thread only; storage work through the {@link TaskRunner}.
 */
public final class BookingEditViewModel {

    private final RoomBook book;
    private final VenueViewModel venue;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FlowTexts texts;
    final ObjectProperty<Room> room = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final TimeEntry startTime;
    final TimeEntry endTime;
    final StringProperty start;
    final StringProperty end;
    final StringProperty title = new SimpleStringProperty("");
    final BooleanProperty refused = new SimpleBooleanProperty();
    final BooleanProperty editing = new SimpleBooleanProperty();
    private boolean loading;

    public BookingEditViewModel(RoomBook book, VenueViewModel venue, Attendant attendant, TaskRunner runner,
            DialogService dialogs, FlowTexts texts) {
        this.book = book;
        this.venue = venue;
        this.attendant = attendant;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.startTime = new TimeEntry(texts.i18n().get(FlowProblem.BAD_TIMES.messageKey()));
        this.endTime = new TimeEntry(texts.i18n().get(FlowProblem.BAD_TIMES.messageKey()));
        this.start = startTime.textProperty();
        this.end = endTime.textProperty();
        venue.selected.addListener((obs, old, now) -> show(now));
        for (ObservableValue<?> choice : List.of(room, date)) {
            choice.addListener((obs, was, is) -> {
                if (!loading) {
                    commit();
                }
            });
        }
    }

    private void show(Booking booking) {
        loading = true;
        editing.set(booking != null);
        room.set(booking == null ? null : venue.rooms.stream().filter(r -> r.id().equals(booking.roomId()))
                .findFirst().orElse(null));
        date.set(booking == null ? null : booking.bookingDate());
        Booking before = booking != null && shownBooking != null && booking.id().equals(shownBooking.id())
                ? shownBooking : null;
        text(start, booking == null ? "" : booking.startTime().toString(),
                before == null ? null : before.startTime().toString());
        text(end, booking == null ? "" : booking.endTime().toString(),
                before == null ? null : before.endTime().toString());
        text(title, booking == null ? "" : booking.title(), before == null ? null : before.title());
        shownBooking = booking;
        refused.set(false);
        loading = false;
    }

    private Booking shownBooking;

    /**
     * Shows a stored text, except in a field typed into since the same booking was last shown (a commit of
     * another field came back while this one was being typed).
     */
    private static void text(StringProperty field, String stored, String shownBefore) {
        if (shownBefore == null || shownBefore.equals(field.get())) {
            field.set(stored);
        }
    }

    /** Saves the fields on the selected booking when they differ from it. */
    public void commit() {
        Booking stored = venue.selected.get();
        if (stored == null || loading || room.get() == null || date.get() == null) {
            return;
        }
        boolean startRead = startTime.commit();
        if (!endTime.commit() || !startRead) {
            venue.message.set(texts.describe(new FlowRejectedException(FlowProblem.BAD_TIMES)));
            return;
        }
        LocalTime from;
        LocalTime to;
        try {
            from = time(start.get());
            to = time(end.get());
        } catch (FlowRejectedException e) {
            refuse(e);
            return;
        }
        String typedTitle = title.get() == null ? "" : title.get().strip();
        if (room.get().id().equals(stored.roomId()) && date.get().equals(stored.bookingDate())
                && from.equals(stored.startTime()) && to.equals(stored.endTime()) && typedTitle.equals(stored.title())) {
            return;
        }
        String by = attendant.name();
        var roomId = room.get().id();
        LocalDate day = date.get();
        runner.run(() -> book.change(stored.id(), roomId, day, from, to, typedTitle, by), changed -> {
            venue.message.set(texts.i18n().format("venue.changed", texts.booking(changed)));
            refused.set(false);
            venue.selected.set(changed);
            venue.reload();
        }, this::refuse);
    }

    /** Esc: the fields show the stored booking again. */
    public void cancelEdit() {
        shownBooking = null;
        show(venue.selected.get());
        venue.message.set("");
    }

    /** Cancels the selected booking after asking; its room is free again at that time. */
    public void cancelBooking() {
        Booking stored = venue.selected.get();
        if (stored == null || !dialogs.confirm(texts.i18n().get("venue.cancelBooking"),
                texts.i18n().format("venue.cancelConfirm", texts.booking(stored)))) {
            return;
        }
        runner.run(() -> {
            book.cancel(stored.id());
            return stored;
        }, cancelled -> {
            venue.message.set(texts.i18n().format("venue.cancelled", texts.booking(cancelled)));
            venue.selected.set(null);
            venue.reload();
        }, this::refuse);
    }

    private void refuse(Throwable failure) {
        refused.set(true);
        venue.message.set(texts.describe(failure));
    }

    /** The time typed as the other forms read it ({@link TimeText}); blank or unreadable text is refused. */
    static LocalTime time(String text) {
        try {
            LocalTime time = TimeText.parse(text);
            if (time == null) {
                throw new FlowRejectedException(FlowProblem.BAD_TIMES);
            }
            return time;
        } catch (DateTimeParseException e) {
            throw new FlowRejectedException(FlowProblem.BAD_TIMES);
        }
    }

    public FlowTexts texts() {
        return texts;
    }
}
