package org.huiwu.ui.flow;

import java.time.LocalDate;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.model.flow.Booking;
import org.huiwu.model.flow.Room;

/**
 * The venue screen's calendar grid: rooms down the side, the shown days across, each booking a button in its
 * cell that selects it (cancelled ones left out); drawn again whenever the bookings, the rooms or the selected
 * booking change. Made by {@link VenueView}. FX thread only.
 */
final class BookingCalendar {

    private final GridPane grid;
    private final VenueViewModel viewModel;
    private final I18n i18n;

    BookingCalendar(GridPane grid, VenueViewModel viewModel, I18n i18n) {
        this.grid = grid;
        this.viewModel = viewModel;
        this.i18n = i18n;
        viewModel.bookings.addListener((ListChangeListener<Booking>) c -> draw());
        viewModel.rooms.addListener((ListChangeListener<Room>) c -> draw());
        viewModel.selected.addListener((obs, old, now) -> draw());
    }

    private void draw() {
        grid.getChildren().clear();
        List<LocalDate> days = viewModel.days();
        for (int d = 0; d < days.size(); d++) {
            Label head = new Label(i18n.date(days.get(d)));
            head.getStyleClass().add("flow-heading");
            grid.add(head, d + 1, 0);
        }
        List<Room> rooms = viewModel.rooms.stream().filter(r -> !r.retired()).toList();
        for (int r = 0; r < rooms.size(); r++) {
            Room room = rooms.get(r);
            Label name = new Label(room.name());
            name.getStyleClass().add("flow-heading");
            name.setMinWidth(110);
            grid.add(name, 0, r + 1);
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                VBox cell = new VBox(3);
                cell.getStyleClass().add("venue-cell");
                cell.setMinWidth(days.size() == 1 ? 400 : 110);
                viewModel.bookings.stream().filter(b -> !b.cancelled() && b.roomId().equals(room.id())
                        && b.bookingDate().equals(day)).forEach(b -> cell.getChildren().add(bookingButton(b)));
                grid.add(cell, d + 1, r + 1);
            }
        }
    }

    private Button bookingButton(Booking booking) {
        Button button = new Button(i18n.format("venue.cell", booking.startTime().toString(),
                booking.endTime().toString(), booking.title()) + (booking.meetingId() == null ? "" : " ✓"));
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("venue-booking");
        if (booking.equals(viewModel.selected.get())) {
            button.getStyleClass().add("selected");
        }
        button.setOnAction(e -> viewModel.selected.set(booking));
        return button;
    }
}
