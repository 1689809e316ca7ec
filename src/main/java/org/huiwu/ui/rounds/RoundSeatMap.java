package org.huiwu.ui.rounds;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

import org.huiwu.i18n.I18n;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.ui.control.seatmap.SeatMap;
import org.huiwu.ui.control.seatmap.SeatTile;

/**
 * The round board's seat map: it mirrors the board's coloured tiles (replacing only the tiles a tick changed, and
 * fitting the map to view when the seats themselves change) and markers, hides behind the "no seating" pane, and
 * turns a tap into a pour and a long-press or right-click into the menu of the other service records. FX thread
 * only.
 */
final class RoundSeatMap {

    private final SeatMap seatMap;
    private final BoardDisplay display;
    private final RoundCommands commands;
    private final I18n i18n;

    /** Wires {@code seatMap} to the board for as long as the board lives. */
    static void wire(SeatMap seatMap, BoardDisplay display, RoundCommands commands, I18n i18n) {
        new RoundSeatMap(seatMap, display, commands, i18n);
    }

    private RoundSeatMap(SeatMap seatMap, BoardDisplay display, RoundCommands commands, I18n i18n) {
        this.seatMap = seatMap;
        this.display = display;
        this.commands = commands;
        this.i18n = i18n;
        seatMap.setId("roundMap");
        seatMap.setSeatDraggingEnabled(false);
        seatMap.visibleProperty().bind(display.seatingMissingProperty().not());
        display.tiles().addListener((ListChangeListener<SeatTile>) change -> showTiles());
        display.markers().addListener((ListChangeListener<Object>) change -> seatMap.getMarkers().setAll(display.markers()));
        seatMap.getTiles().setAll(display.tiles());
        seatMap.getMarkers().setAll(display.markers());
        if (!display.tiles().isEmpty()) {
            Platform.runLater(seatMap::fitToView);
        }
        seatMap.viewpointCaptionProperty().bind(display.viewpointCaptionProperty());
        seatMap.onSeatActivatedProperty().set(commands::serve);
        seatMap.onSeatContextRequestedProperty().set(this::seatMenu);
    }

    private void showTiles() {
        if (seatMap.getTiles().size() != display.tiles().size()) {
            seatMap.getTiles().setAll(display.tiles());
            Platform.runLater(seatMap::fitToView);
        } else {
            for (int i = 0; i < display.tiles().size(); i++) {
                if (!display.tiles().get(i).equals(seatMap.getTiles().get(i))) {
                    seatMap.getTiles().set(i, display.tiles().get(i));
                }
            }
        }
    }

    private void seatMenu(String seatKey, Point2D screenPoint) {
        ContextMenu menu = new ContextMenu(
                item("rounds.action.served", () -> commands.serve(seatKey)),
                item("rounds.action.servedFiveAgo", () -> commands.servedMinutesAgo(seatKey, 5)),
                item("rounds.action.decline", () -> commands.decline(seatKey)),
                item("rounds.action.undoDecline", () -> commands.undoDecline(seatKey)),
                item("rounds.action.skipNotThere", () -> commands.skip(seatKey, SkipReason.NOT_THERE)),
                item("rounds.action.skipOnPhone", () -> commands.skip(seatKey, SkipReason.ON_PHONE)),
                item("rounds.action.speaking", () -> commands.speaking(seatKey, true)),
                item("rounds.action.speakingDone", () -> commands.speaking(seatKey, false)),
                item("rounds.action.towel", () -> commands.towel(seatKey)),
                item("rounds.action.spill", () -> commands.spillCleaned(seatKey)));
        menu.show(seatMap, screenPoint.getX(), screenPoint.getY());
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setOnAction(event -> action.run());
        return item;
    }
}
