package org.huiwu.ui.guides;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A short list of notes (key points, common mistakes, variants) as wrapped lines with a bullet, kept
 * in step with an observable list of texts. Style class {@code note-list}; each line
 * {@code note-line}. FX thread only.
 */
final class NoteList extends VBox {

    private static final String BULLET = "\u2022 ";

    NoteList(ObservableList<String> notes, String lineStyle) {
        setSpacing(4);
        getStyleClass().add("note-list");
        notes.addListener((ListChangeListener<String>) change -> fill(notes, lineStyle));
        fill(notes, lineStyle);
    }

    private void fill(ObservableList<String> notes, String lineStyle) {
        getChildren().setAll(notes.stream().map(text -> {
            Label line = new Label(BULLET + text);
            line.setWrapText(true);
            line.getStyleClass().addAll("note-line", lineStyle);
            return line;
        }).toList());
    }
}
