package org.huiwu.ui.floor;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.venue.VenueFloor;
import org.huiwu.ui.common.TaskRunner;

/**
 * The venue floor's state (issue #15): one line per meeting in progress with its room, times, stage, overdue
 * seats and open incidents, and when it was last read. {@link #reload()} reads through the {@link TaskRunner}
 * (off the FX thread), one read at a time; the screen calls it when shown, on the change feed and on a clock. FX thread only.
 */
public final class FloorViewModel {

    /** One meeting in progress as the table shows it. */
    public record FloorLine(UUID meetingId, String room, String times, String title, String stage, int overdue,
            int incidents) {
    }

    private final VenueFloor floor;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Clock clock;
    private final Consumer<UUID> openMeeting;
    private final FailureMessages failures;
    private final ObservableList<FloorLine> lines = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private boolean reading;
    private boolean again;

    public FloorViewModel(VenueFloor floor, TaskRunner runner, I18n i18n, FailureMessages failures, Clock clock,
            Consumer<UUID> openMeeting) {
        this.failures = failures;
        this.floor = floor;
        this.runner = runner;
        this.i18n = i18n;
        this.clock = clock;
        this.openMeeting = openMeeting;
    }

    /**
     * Reads the meetings in progress again, in the background. Asked again while a read runs, it reads once more
     * after it (a busy venue's feed asks many times a second; the floor reads at most one behind).
     */
    public void reload() {
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        runner.run(floor::inProgress, rows -> {
            lines.setAll(rows.stream().map(this::line).toList());
            status.set(i18n.format("floor.updated", LocalTime.now(clock).withNano(0).toString(), rows.size()));
            readAgainIfAsked();
        }, failure -> {
            status.set(failures.describe(failure));
            readAgainIfAsked();
        });
    }

    private void readAgainIfAsked() {
        reading = false;
        if (again) {
            again = false;
            reload();
        }
    }

    private FloorLine line(VenueFloor.FloorRow row) {
        String times = (row.start() == null ? "" : row.start().toString())
                + (row.end() == null ? "" : "–" + row.end());
        return new FloorLine(row.meetingId(), row.room(), times, row.title(), i18n.get(row.stage().labelKey()),
                row.overdueSeats(), row.openIncidents());
    }

    /** Opens the meeting of a line in the main window. */
    public void open(FloorLine line) {
        if (line != null) {
            openMeeting.accept(line.meetingId());
        }
    }

    public ObservableList<FloorLine> lines() {
        return lines;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The lines as the table holds them (for tests). */
    public List<FloorLine> shown() {
        return List.copyOf(lines);
    }
}
