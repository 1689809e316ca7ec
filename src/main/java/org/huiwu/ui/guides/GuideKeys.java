package org.huiwu.ui.guides;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys that move through a guide, shared by the viewer, the presenter view and the projector:
 * arrows and Page Up/Down (what presenter clickers send), Home/End, B or full stop for a black screen
 * N for the trainer's notes on a single screen, and Esc to end trainer mode. Stateless.
 */
final class GuideKeys {

    /** What a key asks for. */
    enum Move { NEXT, PREVIOUS, FIRST, LAST, BLACKOUT, NOTES, END, NONE }

    private GuideKeys() {
    }

    static Move of(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.isShortcutDown()) {
            return Move.NONE;
        }
        return of(event.getCode());
    }

    static Move of(KeyCode code) {
        return switch (code) {
            case RIGHT, DOWN, PAGE_DOWN -> Move.NEXT;
            case LEFT, UP, PAGE_UP -> Move.PREVIOUS;
            case HOME -> Move.FIRST;
            case END -> Move.LAST;
            case B, PERIOD -> Move.BLACKOUT;
            case N -> Move.NOTES;
            case ESCAPE -> Move.END;
            default -> Move.NONE;
        };
    }
}
