package org.huiwu.model.seating;

/**
 * Where the room's main door is, as the audience sees the room (the front, with the podium, is
 * ahead of them). Drawn on every map and chart.
 */
public enum DoorPosition {
    BACK_CENTRE,
    BACK_LEFT,
    BACK_RIGHT,
    LEFT,
    RIGHT
}
