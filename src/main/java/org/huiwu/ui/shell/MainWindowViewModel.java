package org.huiwu.ui.shell;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;

import org.huiwu.ui.common.AppState;
import org.huiwu.i18n.I18n;

/**
 * The main window's own state: its title, the status line (emptied when another meeting is opened, so
 * that one meeting's message is not read as news of the next) and the commands that live in the menu.
 * The commands are handed in by the composition root. FX thread only.
 */
public final class MainWindowViewModel {

    /** The window-level commands, each a plain action supplied by the composition root. */
    public record Commands(Runnable openSettings, Runnable toggleTheme, Runnable importAttendees, Runnable quit) {
    }

    private final AppState state;
    private final I18n i18n;
    private final Path dataDir;
    private final Commands commands;

    public MainWindowViewModel(AppState state, I18n i18n, Path dataDir, Commands commands) {
        this.state = state;
        this.i18n = i18n;
        this.dataDir = dataDir;
        this.commands = commands;
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

    public String dataFolderText() {
        return i18n.format("status.dataFolder", dataDir.toString());
    }

    public boolean hasMeeting() {
        return state.currentMeeting() != null;
    }

    public AppState state() {
        return state;
    }

    public Commands commands() {
        return commands;
    }
}
