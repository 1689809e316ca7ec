package org.huiwu.ui.feedback;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.huiwu.model.feedback.SurveyItem;

/**
 * One line of the survey entry form: the item (null for the overall rating), its label, the levels it
 * can be given (number and label, best first) and the level chosen (null when left blank). FX thread only.
 */
public final class RatingRow {

    /** One level a row can be given. */
    public record Choice(int level, String label) {
    }

    private final SurveyItem item;
    private final String label;
    private final List<Choice> choices;
    private final ObjectProperty<Integer> chosen = new SimpleObjectProperty<>(this, "chosen");

    public RatingRow(SurveyItem item, String label, List<Choice> choices) {
        this.item = item;
        this.label = label;
        this.choices = List.copyOf(choices);
    }

    /** The item rated, or null for the overall rating. */
    public SurveyItem item() {
        return item;
    }

    public String label() {
        return label;
    }

    public List<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Integer> chosenProperty() {
        return chosen;
    }
}
