package org.huiwu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Stage;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.shell.AboutBox;

/**
 * The main window's own commands: quit, theme, settings and about. While the data folder is still opening
 * (decision 0035) the window has only these, with the theme and the settings off (both read and write the
 * database), and one disabled "opening…" entry in each menu that would otherwise be empty, so no menu is a
 * dead end. Stateless; FX thread only.
 */
final class WindowCommands {

    /** The menu bar's menus, in order; each screen's commands name the menu they belong to. */
    static final List<String> MENUS = List.of("menu.meeting", "menu.attendees", "seating.menu",
            "menu.incidents", "venue.menu", "staff.menu", "menu.view", "menu.help");

    private WindowCommands() {
    }

    /** The commands of a window on an open data folder. */
    static List<Command> of(Stage stage, I18n i18n, Path dataDir, Runnable toggleTheme, Runnable openSettings) {
        return List.of(
                Command.of("menuQuit", i18n.get("menu.meeting.quit"), stage::close).keys("Shortcut+Q")
                        .inMenu("menu.meeting", 900).separatedBefore(),
                Command.of("menuTheme", i18n.get("menu.view.theme"), toggleTheme).keys("Shortcut+Shift+D")
                        .inMenu("menu.view", 20),
                Command.of("menuSettings", i18n.get("menu.view.settings"), openSettings)
                        .keys("Shortcut+Comma").inMenu("menu.view", 30),
                Command.of("menuAbout", i18n.get("about.menu"), () -> AboutBox.show(stage, i18n, dataDir))
                        .inMenu("menu.help", 10));
    }

    /** The commands while the folder opens: quit and about work, the rest is shown off. */
    static List<Command> whileOpening(Stage stage, I18n i18n, Path dataDir) {
        List<Command> commands = new ArrayList<>(of(stage, i18n, dataDir, () -> { }, () -> { }));
        SimpleBooleanProperty notYet = new SimpleBooleanProperty(false);
        for (Command command : commands) {
            if (command.id().equals("menuTheme") || command.id().equals("menuSettings")) {
                command.enabledWhen(notYet);
            }
        }
        for (String menu : MENUS) {
            if (commands.stream().noneMatch(command -> menu.equals(command.menu()))) {
                commands.add(Command.of("menuOpening" + MENUS.indexOf(menu), i18n.get("workspace.opening"), () -> { })
                        .enabledWhen(notYet).inMenu(menu, 0));
            }
        }
        return commands;
    }
}
