package org.huiwu.model.flow;

/** How a room's tables are set out (会场布局); the label comes from the bundle key. */
public enum RoomLayout {
    BOARDROOM("flow.layout.boardroom"),
    U_SHAPE("flow.layout.uShape"),
    THEATRE("flow.layout.theatre"),
    CLASSROOM("flow.layout.classroom"),
    ROUND_TABLES("flow.layout.roundTables"),
    RECEPTION("flow.layout.reception");

    private final String labelKey;

    RoomLayout(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
