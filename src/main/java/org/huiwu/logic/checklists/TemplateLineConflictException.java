package org.huiwu.logic.checklists;

import java.util.List;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.model.checklists.TemplateLine;

/**
 * A template item's texts were changed on another laptop since the editor showed them, and this editor changed them
 * too (decision 0050): nothing was written; {@link #merge()} holds the texts as shown, as typed here and as stored,
 * as the editor's lines, for the keep-mine / take-theirs question. Fields only the other laptop changed (its place)
 * are not asked about: they stay as stored either way. Immutable.
 */
public final class TemplateLineConflictException extends RuntimeException {

    /** An item's two texts, labelled as in the template editor. */
    public static final List<FieldMerge.Field<TemplateLine<?>>> TEXTS = List.of(
            FieldMerge.Field.<TemplateLine<?>, String>of("checklist.template.textZh", TemplateLine::textZh,
                    (l, zh) -> line(l, zh, l.textEn())),
            FieldMerge.Field.<TemplateLine<?>, String>of("checklist.template.textEn", TemplateLine::textEn,
                    (l, en) -> line(l, l.textZh(), en)));

    private final transient FieldMerge<TemplateLine<?>> merge;

    public TemplateLineConflictException(FieldMerge<TemplateLine<?>> merge) {
        super("template item changed meanwhile: " + merge.theirs().id());
        this.merge = merge;
    }

    /** The clash of a service checklist item's texts: as shown, as typed here, as stored. */
    static TemplateLineConflictException of(TemplateItem seen, TemplateItem mine, TemplateItem stored) {
        return new TemplateLineConflictException(new FieldMerge<>(line(seen), line(mine), line(stored), TEXTS));
    }

    /** Shown, typed and stored texts; {@code theirs} is the stored item as the editor would list it. */
    public FieldMerge<TemplateLine<?>> merge() {
        return merge;
    }

    private static TemplateLine<?> line(TemplateItem item) {
        return new TemplateLine<>(item.id(), item.phase(), item.position(), item.textZh(), item.textEn(), false);
    }

    private static <G> TemplateLine<G> line(TemplateLine<G> line, String zh, String en) {
        return new TemplateLine<>(line.id(), line.group(), line.position(), zh, en, line.mandatory());
    }
}
