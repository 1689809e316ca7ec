package org.huiwu.ui.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.Screen;
import org.huiwu.ui.common.ViewLoader;

/**
 * The main window: the menu bar made from the screens' and the window's commands, the side screen (the
 * meeting list) on the left, the open meeting's tabs — one per {@link Screen.Place#MEETING_TAB} screen,
 * each built when first shown (selected while a meeting is open, so none is built at start) — and the
 * workspace screens over them, and a status bar. It keeps {@link AppState#shownScreenProperty()} and the
 * selected tab in step. Knows no feature. FX thread only.
 */
public final class MainWindow extends BorderPane {

    @FXML private MenuBar menuBar;
    @FXML private SplitPane split;
    @FXML private StackPane workspace;
    @FXML private Label noMeetingLabel;
    @FXML private TabPane meetingTabs;
    @FXML private Label statusLabel;
    @FXML private Label serverLabel;
    @FXML private Label dataFolderLabel;

    private final MainWindowViewModel viewModel;
    private final List<Screen> screens;
    private final List<String> menus;
    private final List<Command> windowCommands;
    private final I18n i18n;

    /**
     * @param menus the bundle keys of the menu bar's menus, in order; a command names its menu by key
     * @param windowCommands the window's own commands (settings, theme, quit), placed like the screens'
     */
    public MainWindow(MainWindowViewModel viewModel, List<Screen> screens, List<String> menus,
            List<Command> windowCommands, I18n i18n) {
        this.viewModel = viewModel;
        this.screens = List.copyOf(screens);
        this.menus = List.copyOf(menus);
        this.windowCommands = List.copyOf(windowCommands);
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        AppState state = viewModel.state();
        BooleanBinding workspaceTaken = Bindings.createBooleanBinding(() -> false);
        for (Screen screen : screens) {
            switch (screen.place()) {
                case SIDE -> {
                    split.getItems().add(0, screen.node());
                    SplitPane.setResizableWithParent(screen.node(), false);
                    split.setDividerPositions(0.19);
                }
                case MEETING_TAB -> meetingTabs.getTabs().add(tabOf(screen));
                case WORKSPACE -> workspaceTaken = workspaceTaken.or(placeInWorkspace(screen, state));
                case NONE -> { }
            }
        }
        meetingTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null) {
                fillWhenVisible(tab);
                state.show(tab.getId());
            }
        });
        state.shownScreenProperty().addListener((obs, old, id) -> selectTab(id));
        meetingTabs.visibleProperty().bind(state.currentMeetingProperty().isNotNull().and(workspaceTaken.not()));
        meetingTabs.visibleProperty().addListener((obs, was, visible) -> {
            Tab selected = meetingTabs.getSelectionModel().getSelectedItem();
            if (visible && selected != null) {
                fill(selected);
            }
        });
        Tab first = meetingTabs.getSelectionModel().getSelectedItem();
        if (state.shownScreenProperty().get() == null && first != null) {
            fillWhenVisible(first);
            state.show(first.getId());
        } else {
            selectTab(state.shownScreenProperty().get());
        }
        noMeetingLabel.visibleProperty().bind(meetingTabs.visibleProperty().not().and(workspaceTaken.not()));
        statusLabel.textProperty().bind(viewModel.status());
        serverLabel.textProperty().bind(viewModel.serverStatus());
        dataFolderLabel.setText(viewModel.dataFolderText());
        for (String key : menus) {
            menuBar.getMenus().add(menu(key));
        }
    }

    private Tab tabOf(Screen screen) {
        Tab tab = new Tab(screen.title());
        tab.setId(screen.id());
        tab.setClosable(false);
        tab.setUserData(screen);
        return tab;
    }

    /** Builds the tab's screen the first time the tab is shown; its content shows only while selected. */
    private void fill(Tab tab) {
        if (tab.getContent() == null) {
            Node content = ((Screen) tab.getUserData()).node();
            tab.setContent(content);
            content.visibleProperty().bind(tab.selectedProperty());
        }
    }

    /** Builds the tab's screen now if the tabs are showing (a meeting is open), else when they first show. */
    private void fillWhenVisible(Tab tab) {
        if (meetingTabs.isVisible()) {
            fill(tab);
        }
    }

    private void selectTab(String id) {
        for (Tab tab : meetingTabs.getTabs()) {
            if (tab.getId().equals(id)) {
                fillWhenVisible(tab);
                meetingTabs.getSelectionModel().select(tab);
            }
        }
    }

    /** A workspace screen covers the tabs while it is the shown screen, and is built the first time it is. */
    private BooleanBinding placeInWorkspace(Screen screen, AppState state) {
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> Objects.equals(state.shownScreenProperty().get(), screen.id()), state.shownScreenProperty());
        Runnable build = () -> {
            if (shown.get() && !screen.isBuilt()) {
                Node node = screen.node();
                workspace.getChildren().add(node);
                node.visibleProperty().bind(shown);
            }
        };
        shown.addListener((obs, was, now) -> build.run());
        build.run();
        return shown;
    }

    private Menu menu(String key) {
        Menu menu = new Menu(i18n.get(key));
        menu.setId(menuId(key));
        List<Command> commands = new ArrayList<>(windowCommands);
        screens.forEach(screen -> commands.addAll(screen.commands()));
        commands.stream().filter(command -> key.equals(command.menu()))
                .sorted(Comparator.comparingInt(Command::rank))
                .forEach(command -> {
                    if (command.isSeparatedBefore() && !menu.getItems().isEmpty()) {
                        menu.getItems().add(new SeparatorMenuItem());
                    }
                    menu.getItems().add(command.menuItem());
                });
        return menu;
    }

    /** "menu.meeting" → "menuMeeting", "seating.menu" → "menuSeating". */
    private static String menuId(String key) {
        StringBuilder id = new StringBuilder("menu");
        for (String word : key.split("\\.")) {
            if (!word.equals("menu") && !word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.toString();
    }
}
