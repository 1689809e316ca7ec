package org.huiwu.logic.settings;

import java.util.Optional;

import org.huiwu.logic.seating.print.NameCardLayout;

/**
 * The name-card layout as the settings store it: cards per sheet, panel width and height in millimetres and whether
 * the second line shows, separated by semicolons. A text that does not read back as a layout is none. Stateless,
 * thread-safe.
 */
final class NameCardLayoutText {

    private NameCardLayoutText() {
    }

    /** The stored text of {@code layout}. */
    static String of(NameCardLayout layout) {
        return layout.perSheet() + ";" + layout.panelWidthMm() + ";" + layout.panelHeightMm() + ";"
                + layout.showDetail();
    }

    /** The layout {@code stored} holds, or empty when it is not one (damaged, or from another version). */
    static Optional<NameCardLayout> read(String stored) {
        String[] parts = stored.split(";");
        try {
            return Optional.of(new NameCardLayout(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Boolean.parseBoolean(parts[3])));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
