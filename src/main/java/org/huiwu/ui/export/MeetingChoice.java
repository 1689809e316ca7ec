package org.huiwu.ui.export;

import java.time.LocalDate;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A meeting in the export dialog's list, ticked or not. FX thread only. */
public final class MeetingChoice {

    private final UUID id;
    private final String title;
    private final LocalDate date;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", false);

    public MeetingChoice(UUID id, String title, LocalDate date) {
        this.id = id;
        this.title = title;
        this.date = date;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate date() {
        return date;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    /** Whether the search text (already lower case) occurs in the title or the date. */
    boolean matches(String search) {
        return search.isEmpty() || title.toLowerCase(java.util.Locale.ROOT).contains(search)
                || date.toString().contains(search);
    }
}
