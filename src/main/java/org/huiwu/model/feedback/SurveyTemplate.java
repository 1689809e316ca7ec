package org.huiwu.model.feedback;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The items and the two rating scales of a survey: the template a supervisor edits, or the copy a
 * meeting's forms were answered with. Items and levels are kept in order. Immutable.
 */
public record SurveyTemplate(List<SurveyItem> items, List<ScaleLevel> levels) {

    public SurveyTemplate {
        items = items.stream().sorted(Comparator.comparingInt(SurveyItem::position)).toList();
        levels = levels.stream().sorted(Comparator.comparing(ScaleLevel::scale)
                .thenComparingInt(ScaleLevel::level)).toList();
    }

    /** The items still asked, in form order. */
    public List<SurveyItem> activeItems() {
        return items.stream().filter(item -> !item.retired()).toList();
    }

    /** The levels of one scale, best first. */
    public List<ScaleLevel> levels(RatingScale scale) {
        return levels.stream().filter(level -> level.scale() == scale).toList();
    }

    /** The level of that number on that scale, if the scale has it. */
    public Optional<ScaleLevel> level(RatingScale scale, int number) {
        return levels.stream().filter(l -> l.scale() == scale && l.level() == number).findFirst();
    }

    public boolean isEmpty() {
        return items.isEmpty() && levels.isEmpty();
    }
}
