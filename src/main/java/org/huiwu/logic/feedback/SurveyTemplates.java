package org.huiwu.logic.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveyItem;
import org.huiwu.model.feedback.SurveyTemplate;
import org.huiwu.persistence.SurveyDao;

/**
 * The survey template a supervisor keeps: items (added, renamed, retired; never deleted, so old forms
 * keep their meaning) and the labels of the item and overall scales. The shipped defaults are the scale
 * seen in practice, not the unknown Nantong annex U scale. Meetings that already have forms keep their
 * own copy. Synchronous and thread-safe; call it off the FX thread.
 */
public final class SurveyTemplates {

    private final SurveyDao surveys;
    private final Supplier<UUID> ids;

    public SurveyTemplates(SurveyDao surveys, Supplier<UUID> ids) {
        this.surveys = surveys;
        this.ids = ids;
    }

    /** The template as it stands. */
    public SurveyTemplate current() {
        return surveys.template();
    }

    /** A new item for the template, placed after the others; nothing is saved yet. */
    public SurveyItem newItem(SurveyTemplate template, String labelZh, String labelEn) {
        int last = template.items().stream().mapToInt(SurveyItem::position).max().orElse(0);
        return new SurveyItem(ids.get(), last + 1, labelZh, labelEn, false);
    }

    /**
     * Saves the edited template: every item and level label is checked (a Chinese label is required,
     * English falls back to it when blank) and at least one item must remain active.
     */
    public SurveyTemplate save(SurveyTemplate edited) {
        List<SurveyItem> items = new ArrayList<>();
        for (SurveyItem item : edited.items()) {
            items.add(new SurveyItem(item.id(), item.position(), required(item.labelZh()),
                    FeedbackRejectedException.shortText(item.labelEn()), item.retired()));
        }
        if (items.stream().allMatch(SurveyItem::retired)) {
            throw new FeedbackRejectedException(FeedbackProblem.NO_ACTIVE_ITEM);
        }
        List<ScaleLevel> levels = new ArrayList<>();
        for (ScaleLevel level : edited.levels()) {
            levels.add(level.withLabels(required(level.labelZh()), FeedbackRejectedException.shortText(level.labelEn())));
        }
        SurveyTemplate checked = new SurveyTemplate(items, levels);
        surveys.saveTemplate(checked);
        return checked;
    }

    private static String required(String label) {
        String text = FeedbackRejectedException.shortText(label);
        if (text.isEmpty()) {
            throw new FeedbackRejectedException(FeedbackProblem.LABEL_MISSING);
        }
        return text;
    }
}
