package org.huiwu.ui.feedback;

import java.util.function.Function;
import java.util.function.Predicate;

import javafx.scene.control.ListCell;

/** The list cells of the feedback screens: wrapped text, marked with a style class when a test holds. FX thread only. */
final class FeedbackCells {

    private FeedbackCells() {
    }

    /** A row of text with {@code styleClass} while {@code marked} holds and {@code otherClass} while {@code other} holds. */
    static <T> ListCell<T> text(Function<T, String> text, Predicate<T> marked, String styleClass, Predicate<T> other,
            String otherClass) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().removeAll(styleClass, otherClass);
                if (!empty && item != null && marked.test(item)) {
                    getStyleClass().add(styleClass);
                }
                if (!empty && item != null && other.test(item)) {
                    getStyleClass().add(otherClass);
                }
            }
        };
    }

    /** A row of text produced by {@code text}, with {@code styleClass} while {@code marked} holds for its item. */
    static <T> ListCell<T> text(Function<T, String> text, Predicate<T> marked, String styleClass) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().remove(styleClass);
                if (!empty && item != null && marked.test(item)) {
                    getStyleClass().add(styleClass);
                }
            }
        };
    }
}
