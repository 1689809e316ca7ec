package org.huiwu.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.LazyScreen;

/**
 * The meeting list's place while the data folder opens (decision 0035): the list's heading and a line
 * saying the folder is being opened, with no commands of its own. The window shows it from its first
 * frame; the real meeting list replaces it once the folder is open. FX thread only.
 */
public final class OpeningScreen extends LazyScreen {

    /** The node id of the line saying the folder is being opened. */
    public static final String ID = "meetingListOpening";

    private final I18n i18n;

    public OpeningScreen(I18n i18n) {
        super(ID, i18n.get("meeting.list.heading"), Place.SIDE);
        this.i18n = i18n;
    }

    @Override
    protected Node build() {
        Label heading = new Label(i18n.get("meeting.list.heading"));
        heading.getStyleClass().add("pane-heading");
        Label opening = new Label(i18n.get("workspace.opening"));
        opening.setId(ID);
        opening.getStyleClass().add("empty-hint");
        opening.setWrapText(true);
        VBox pane = new VBox(8, heading, opening);
        pane.getStyleClass().add("meeting-list");
        return pane;
    }
}
