package org.huiwu.ui.flow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.flow.FlowProblem;
import org.huiwu.logic.flow.FlowRejectedException;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.logic.flow.RoomBook;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.flow.Booking;
import org.huiwu.model.flow.Room;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.TimeEntry;

/**
 * The venue screen's state: the rooms (edited through {@link RoomEditing}), the bookings of the shown day
 * or week with a form for a new booking (a double booking is refused with the clash shown), making a
 * booking a meeting (a start or end that is not a time is marked beside its field when left, as {@link TimeEntry}), and today's meetings of every room with their stages ({@link TodayRow}). Loads
 * through the {@link TaskRunner}. FX thread only.
 */
public final class VenueViewModel {

    private final RoomBook book;
    private final MeetingFlows flows;
    private final MeetingCatalog meetings;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final FlowTexts texts;
    private final Clock clock;
    private final Consumer<UUID> openMeeting;
    final ObservableList<Room> rooms = FXCollections.observableArrayList();
    final ObservableList<Booking> bookings = FXCollections.observableArrayList();
    final ObservableList<TodayRow> today = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    final BooleanProperty week = new SimpleBooleanProperty();
    final ObjectProperty<Booking> selected = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");
    final RoomEditing roomForm;
    final ObjectProperty<Room> bookRoom = new SimpleObjectProperty<>();
    final TimeEntry startTime;
    final TimeEntry endTime;
    final StringProperty start;
    final StringProperty end;
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty organiser = new SimpleStringProperty("");
    final StringProperty expected = new SimpleStringProperty("");

    public VenueViewModel(RoomBook book, MeetingFlows flows, MeetingCatalog meetings, Attendant attendant,
            TaskRunner runner, FlowTexts texts, Clock clock, Consumer<UUID> openMeeting) {
        this.book = book;
        this.flows = flows;
        this.meetings = meetings;
        this.attendant = attendant;
        this.runner = runner;
        this.texts = texts;
        this.clock = clock;
        this.openMeeting = openMeeting;
        this.startTime = new TimeEntry(texts.i18n().get(FlowProblem.BAD_TIMES.messageKey()));
        this.endTime = new TimeEntry(texts.i18n().get(FlowProblem.BAD_TIMES.messageKey()));
        this.start = startTime.textProperty();
        this.end = endTime.textProperty();
        this.roomForm = new RoomEditing(book, attendant, runner, texts, message, this::reload);
        day.set(LocalDate.now(clock));
        day.addListener((obs, old, now) -> reload());
        week.addListener((obs, old, now) -> reload());
    }

    /** The first and last day shown (a week runs Monday to Sunday). */
    public List<LocalDate> days() {
        LocalDate first = week.get() ? day.get().minusDays(day.get().getDayOfWeek().getValue() - 1L) : day.get();
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < (week.get() ? 7 : 1); i++) {
            days.add(first.plusDays(i));
        }
        return days;
    }

    /** Reloads rooms, the shown bookings and today's meetings. */
    public void reload() {
        List<LocalDate> shown = days();
        LocalDate now = LocalDate.now(clock);
        runner.run(() -> new Loaded(book.rooms(), book.between(shown.get(0), shown.get(shown.size() - 1)),
                TodayRow.of(meetings, flows, texts.i18n(), now)), loaded -> {
                    Room chosen = bookRoom.get();
                    rooms.setAll(loaded.rooms());
                    bookings.setAll(loaded.bookings());
                    today.setAll(loaded.today());
                    bookRoom.set(chosen == null ? loaded.rooms().stream().filter(r -> !r.retired()).findFirst()
                            .orElse(null) : loaded.rooms().stream().filter(r -> r.id().equals(chosen.id()))
                            .findFirst().orElse(null));
                }, this::fail);
    }

    private record Loaded(List<Room> rooms, List<Booking> bookings, List<TodayRow> today) {
    }

    /** Stores the new room of the rooms form and offers it for booking. */
    public void addRoom() {
        roomForm.addRoom(bookRoom::set);
    }

    /** Saves a change to a listed room typed in the rooms table; a refusal is shown and the room listed again. */
    public void changeRoom(Room room, String name, int seats, RoomLayout roomLayout, String roomEquipment) {
        roomForm.changeRoom(room, name, seats, roomLayout, roomEquipment);
    }

    /** Books the chosen room on the shown day; a clash is refused and shown with the booking it hit. */
    public void bookRoom() {
        Room room = bookRoom.get();
        if (room == null) {
            message.set(texts.i18n().get("venue.noRoom"));
            return;
        }
        boolean startRead = startTime.commit();
        if (!endTime.commit() || !startRead) {
            message.set(texts.describe(new FlowRejectedException(FlowProblem.BAD_TIMES)));
            return;
        }
        String by = attendant.name();
        RoomBook.Request request;
        try {
            request = new RoomBook.Request(room.id(), day.get(), time(start.get()), time(end.get()), title.get(),
                    organiser.get(), by, "", expected.get().isBlank() ? 0 : Integer.parseInt(expected.get().strip()));
        } catch (NumberFormatException e) {
            message.set(texts.describe(new FlowRejectedException(FlowProblem.BAD_NUMBER)));
            return;
        } catch (FlowRejectedException e) {
            message.set(texts.describe(e));
            return;
        }
        runner.run(() -> book.book(request, by), booked -> {
            message.set(texts.i18n().format("venue.booked", texts.booking(booked)));
            title.set("");
            reload();
        }, this::fail);
    }

    /** Makes the selected booking a meeting and opens it. */
    public void toMeeting() {
        Booking booking = selected.get();
        if (booking == null) {
            message.set(texts.i18n().get("venue.selectBooking"));
            return;
        }
        String by = attendant.name();
        runner.run(() -> book.toMeeting(booking.id(), by), meeting -> {
            message.set(texts.i18n().format("venue.madeMeeting", meeting.title()));
            reload();
            openMeeting.accept(meeting.id());
        }, this::fail);
    }

    private static LocalTime time(String text) {
        return BookingEditViewModel.time(text);
    }

    /** The editor of the booking selected in this screen's calendar; it asks before cancelling through {@code dialogs}. */
    public BookingEditViewModel bookingEditor(org.huiwu.ui.common.DialogService dialogs) {
        return new BookingEditViewModel(book, this, attendant, runner, dialogs, texts);
    }

    private void fail(Throwable failure) {
        message.set(texts.describe(failure));
    }

    public FlowTexts texts() {
        return texts;
    }

    /** The room's name, for the calendar. */
    String roomName(UUID roomId) {
        return rooms.stream().filter(r -> r.id().equals(roomId)).map(Room::name).findFirst().orElse("");
    }
}
