package org.huiwu.ui.feedback;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveySummary;
import org.huiwu.model.feedback.SurveyTemplate;

/**
 * The survey summary as the screen shows it: a header (item, each item level, blank), one line per item
 * with its counts, and a last line with the overall counts. Immutable.
 */
record SummaryTable(List<String> header, List<SurveyResults.SummaryLine> lines) {

    static SummaryTable of(SurveySummary counted, FeedbackTexts texts) {
        SurveyTemplate template = counted.template();
        boolean english = texts.english();
        List<String> header = new ArrayList<>();
        header.add(texts.i18n().get("feedback.summary.item"));
        template.levels(RatingScale.ITEM).forEach(l -> header.add(l.label(english)));
        header.add(texts.i18n().get("feedback.summary.blank"));
        List<SurveyResults.SummaryLine> lines = new ArrayList<>();
        for (SurveySummary.ItemCounts item : counted.perItem()) {
            List<String> cells = new ArrayList<>();
            template.levels(RatingScale.ITEM)
                    .forEach(l -> cells.add(String.valueOf(item.counts().getOrDefault(l.level(), 0))));
            cells.add(String.valueOf(item.blank()));
            lines.add(new SurveyResults.SummaryLine(item.item().label(english), cells));
        }
        List<String> overall = new ArrayList<>();
        for (ScaleLevel level : template.levels(RatingScale.OVERALL)) {
            overall.add(texts.i18n().format("feedback.summary.count", level.label(english),
                    counted.overall().getOrDefault(level.level(), 0)));
        }
        lines.add(new SurveyResults.SummaryLine(texts.i18n().get("feedback.survey.overall"),
                List.of(String.join("  ", overall))));
        return new SummaryTable(List.copyOf(header), List.copyOf(lines));
    }
}
