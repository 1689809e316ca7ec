package org.huiwu.model.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The summary of a meeting's survey forms: per item how many forms gave each level, the same for the
 * overall rating, and the overall satisfaction rate. Definition of the rate: among the forms that gave an
 * overall rating, the share whose overall level counts as satisfied (by default 很满意 and 满意); empty
 * when no form gave one. Immutable.
 *
 * @param perItem counts per item, in form order
 * @param overall how many forms gave each overall level (level number to count, best first)
 */
public record SurveySummary(SurveyTemplate template, int forms, List<ItemCounts> perItem,
        Map<Integer, Integer> overall, int overallAnswered, int overallSatisfied) {

    /** How many forms gave each level to one item (level number to count, best first) and how many left it blank. */
    public record ItemCounts(SurveyItem item, Map<Integer, Integer> counts, int blank) {
    }

    /** Counts the forms against the meeting's template. */
    public static SurveySummary of(SurveyTemplate template, List<SurveyForm> forms) {
        List<ItemCounts> perItem = new ArrayList<>();
        for (SurveyItem item : template.items()) {
            Map<Integer, Integer> counts = zeroes(template, RatingScale.ITEM);
            int blank = 0;
            for (SurveyForm form : forms) {
                var level = form.levelOf(item.id());
                if (level.isPresent()) {
                    counts.merge(level.get(), 1, Integer::sum);
                } else {
                    blank++;
                }
            }
            perItem.add(new ItemCounts(item, counts, blank));
        }
        Map<Integer, Integer> overall = zeroes(template, RatingScale.OVERALL);
        int answered = 0;
        int satisfied = 0;
        for (SurveyForm form : forms) {
            if (form.overallLevel() == null) {
                continue;
            }
            answered++;
            overall.merge(form.overallLevel(), 1, Integer::sum);
            if (template.level(RatingScale.OVERALL, form.overallLevel()).map(ScaleLevel::satisfied).orElse(false)) {
                satisfied++;
            }
        }
        return new SurveySummary(template, forms.size(), List.copyOf(perItem), overall, answered, satisfied);
    }

    /** The satisfaction rate as a fraction from 0 to 1, empty when no form gave an overall rating. */
    public OptionalDouble satisfactionRate() {
        return overallAnswered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) overallSatisfied / overallAnswered);
    }

    /** The labels of the overall levels that count as satisfied, joined with the separator. */
    public String satisfiedLabels(boolean english, String separator) {
        return String.join(separator, template.levels(RatingScale.OVERALL).stream().filter(ScaleLevel::satisfied)
                .map(l -> l.label(english)).toList());
    }

    private static Map<Integer, Integer> zeroes(SurveyTemplate template, RatingScale scale) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        template.levels(scale).forEach(level -> counts.put(level.level(), 0));
        return counts;
    }
}
