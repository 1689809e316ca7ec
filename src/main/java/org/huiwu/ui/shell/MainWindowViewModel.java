package org.huiwu.ui.shell;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;

import org.huiwu.ui.common.AppState;
import org.huiwu.i18n.I18n;

/**
 * The main window's own state: its title, the status line (emptied when another meeting is opened, so
 * that one meeting's message is not read as news of the next) and the data folder line. FX thread only.
 */
public final class MainWindowViewModel {

    private final AppState state;
    private final I18n i18n;
    private final Path dataDir;

    public MainWindowViewModel(AppState state, I18n i18n, Path dataDir) {
        this.state = state;
        this.i18n = i18n;
        this.dataDir = dataDir;
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old == null || meeting == null || !old.id().equals(meeting.id())) {
                state.statusProperty().set("");
            }
        });
    }

    /** "Huiwu — meeting title" or just the app name when no meeting is open. */
    public StringBinding windowTitle() {
        return Bindings.createStringBinding(() -> state.currentMeeting() == null ? i18n.get("app.title")
                : i18n.format("app.title.withMeeting", state.currentMeeting().title()), state.currentMeetingProperty());
    }

    public ReadOnlyStringProperty status() {
        return state.statusProperty();
    }

    /** Whether the live link to the store holds (decision 0031); empty before the first poll. */
    public ReadOnlyStringProperty serverStatus() {
        return state.serverStatusProperty();
    }

    public String dataFolderText() {
        return i18n.format("status.dataFolder", dataDir.toString());
    }

    public boolean hasMeeting() {
        return state.currentMeeting() != null;
    }

    public AppState state() {
        return state;
    }
}
