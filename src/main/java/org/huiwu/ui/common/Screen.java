package org.huiwu.ui.common;

import java.util.List;

import javafx.scene.Node;

/**
 * One feature's face in the main window: where it sits, its content — built the first time it is shown,
 * not at start — and its commands, which the shell turns into menu entries (and the screen into toolbar
 * buttons) before the content exists. Every {@code ui/<feature>} package exposes one; the composition
 * root ({@code Workbench}) holds the list and the shell ({@code MainWindow}) lays them out. Extend
 * {@link LazyScreen} rather than implementing this directly. FX thread only.
 */
public interface Screen {

    /** Where the shell puts a screen's content. */
    enum Place {
        /** Left of the workspace, always shown (the meeting list). */
        SIDE,
        /** A tab of the open meeting; shown only while a meeting is open. */
        MEETING_TAB,
        /** Over the meeting tabs while it asks to be shown; needs no meeting (the guides). */
        WORKSPACE,
        /** No content of its own: only commands and the dialogs they open (export, backups). */
        NONE
    }

    /** The node id of its tab or content ("seatingTab"); {@link AppState#shownScreenProperty()} holds it. */
    String id();

    /** The tab's text in the window's language. */
    String title();

    Place place();

    /** Its content, built on the first call and the same node on every later one. */
    Node node();

    /** Whether {@link #node()} has been built (start-up builds only what is shown). */
    boolean isBuilt();

    /** Its commands, available before the content is built; running one builds what it needs. */
    List<Command> commands();
}
