package org.huiwu.ui.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.model.Meeting;

/**
 * State shared across screens: the meeting being worked on, its observable facts ({@link OpenMeeting}),
 * the meeting tab in front, the status line and the number of background jobs running. Observable; touch it on the FX thread only.
 */
public final class AppState {

    private final ObjectProperty<Meeting> currentMeeting = new SimpleObjectProperty<>(this, "currentMeeting");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty serverStatus = new SimpleStringProperty(this, "serverStatus", "");
    private final IntegerProperty runningJobs = new SimpleIntegerProperty(this, "runningJobs");
    private final OpenMeeting openMeeting = new OpenMeeting(this);
    private final StringProperty shownScreen = new SimpleStringProperty(this, "shownScreen");

    /** The facts of the current meeting that several screens show, published by the commands that store them. */
    public OpenMeeting openMeeting() {
        return openMeeting;
    }

    public ObjectProperty<Meeting> currentMeetingProperty() {
        return currentMeeting;
    }

    public Meeting currentMeeting() {
        return currentMeeting.get();
    }

    /** Whether the live link to the store holds (decision 0031): empty, "live" or "server unreachable since …". */
    public StringProperty serverStatusProperty() {
        return serverStatus;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /**
     * The {@link Screen#id()} of the meeting tab in front; setting it brings that tab forward (and builds
     * it the first time). The shell keeps it in step with the tab the user picks.
     */
    public StringProperty shownScreenProperty() {
        return shownScreen;
    }

    /** Brings the screen with {@code screenId} forward. */
    public void show(String screenId) {
        shownScreen.set(screenId);
    }

    public IntegerProperty runningJobsProperty() {
        return runningJobs;
    }
}
