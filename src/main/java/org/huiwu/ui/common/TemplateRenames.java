package org.huiwu.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;

import org.huiwu.logic.checklists.EditableTemplate;
import org.huiwu.logic.checklists.TemplateLineConflictException;
import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.checklists.TemplateLine;

/**
 * Renames a template item over the texts the editor showed (decision 0050). When another laptop changed the same
 * texts since, nothing was written and the shared {@link MergeQuestion} shows both (保留我的修改 / 采用对方的内容):
 * keeping mine renames again over the stored texts, taking theirs shows them; closing the question writes nothing
 * and says so. FX thread only; storage work goes through the {@link TaskRunner}.
 *
 * @param <G> the template's kind of group
 */
final class TemplateRenames<G> {

    private final EditableTemplate<G> template;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final TemplateEditorViewModel.Labels<G> labels;
    private final MergeQuestion question;
    private final Function<TemplateLine<G>, String> text;
    private final Runnable saved;
    private final Consumer<TemplateLine<G>> showStored;
    private final Consumer<Throwable> fail;

    TemplateRenames(EditableTemplate<G> template, TaskRunner runner, DialogService dialogs,
            TemplateEditorViewModel.Labels<G> labels, Function<TemplateLine<G>, String> text, Runnable saved,
            Consumer<TemplateLine<G>> showStored, Consumer<Throwable> fail) {
        this.template = template;
        this.runner = runner;
        this.dialogs = dialogs;
        this.labels = labels;
        this.question = new MergeQuestion(dialogs, labels.i18n());
        this.text = text;
        this.saved = saved;
        this.showStored = showStored;
        this.fail = fail;
    }

    /**
     * Renames {@code shown} (the line as the editor listed it) to these texts; {@code saved} runs after (the editor
     * reads again), or after a question answered with theirs or closed {@code showStored} with the stored line.
     */
    void rename(TemplateLine<G> shown, String textZh, String textEn, String by) {
        runner.run(() -> {
            template.renameShown(shown, textZh, textEn, by);
            return shown.id();
        }, id -> saved.run(), failure -> {
            if (failure instanceof TemplateLineConflictException conflict) {
                decide(conflict, by);
            } else {
                fail.accept(failure);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void decide(TemplateLineConflictException conflict, String by) {
        FieldMerge<TemplateLine<G>> merge = (FieldMerge<TemplateLine<G>>) (FieldMerge<?>) conflict.merge();
        TemplateLine<G> theirs = merge.theirs();
        TemplateLine<G> decided = question.decide(merge, text.apply(theirs), String::valueOf);
        if (decided == null) {
            showStored.accept(theirs);
            dialogs.showInformation(labels.i18n().get(labels.titleKey()),
                    labels.i18n().format("checklist.ui.textNotSaved", text.apply(theirs)));
        } else if (decided.equals(theirs)) {
            showStored.accept(theirs);
        } else {
            rename(theirs, decided.textZh(), decided.textEn(), by);
        }
    }
}
