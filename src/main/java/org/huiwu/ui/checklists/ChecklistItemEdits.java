package org.huiwu.ui.checklists;

import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.StringProperty;

import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.MergeQuestion;
import org.huiwu.ui.common.TaskRunner;

/**
 * Edits a checklist item's text in place (decision 0039): the text shown in the interface language (Chinese, or
 * English when the interface is English) is stored through the version-checked
 * {@link ServiceChecklists#editItem}; a text only the other laptop changed is kept, a text both changed is asked
 * through the shared {@link MergeQuestion} (keep mine / take theirs; closing it writes nothing and says so). The
 * change feed tells the other laptops, whose checklist reads again. FX thread only; storage work goes through the
 * {@link TaskRunner}.
 */
public final class ChecklistItemEdits {

    private final ServiceChecklists checklists;
    private final TaskRunner runner;
    private final MergeQuestion question;
    private final ChecklistTexts texts;
    private final StringProperty message;
    private final Consumer<UUID> stored;
    private final Consumer<Throwable> fail;

    ChecklistItemEdits(ServiceChecklists checklists, TaskRunner runner, DialogService dialogs, ChecklistTexts texts,
            StringProperty message, Consumer<UUID> stored, Consumer<Throwable> fail) {
        this.checklists = checklists;
        this.runner = runner;
        this.question = new MergeQuestion(dialogs, texts.i18n());
        this.texts = texts;
        this.message = message;
        this.stored = stored;
        this.fail = fail;
    }

    /** The text an edit of {@code item} starts from: the one the row shows. */
    public String editable(ChecklistItem item) {
        return texts.text(item);
    }

    /**
     * Stores {@code typed} as the item's text in the interface language, made from {@code base} (the item as the
     * row showed it when editing began). Returns false, with the reason in the message, when the text cannot be
     * saved (a Chinese text left empty): the editor then stays open with what was typed.
     */
    public boolean commit(ChecklistItem base, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.equals(editable(base))) {
            return true;
        }
        boolean english = "en".equals(texts.i18n().locale().getLanguage());
        if (!english && text.isEmpty()) {
            message.set(texts.i18n().get("checklist.ui.textRequired"));
            return false;
        }
        message.set("");
        store(base, english ? base.textZh() : text, english ? text : base.textEn());
        return true;
    }

    private void store(ChecklistItem base, String zh, String en) {
        UUID meetingId = base.meetingId();
        runner.run(() -> checklists.editItem(base, zh, en), result -> {
            if (result.saved()) {
                stored.accept(meetingId);
                return;
            }
            ChecklistItem decided = question.decide(result.conflict(), texts.text(result.stored()), String::valueOf);
            if (decided == null) {
                message.set(texts.i18n().format("checklist.ui.textNotSaved", texts.text(result.stored())));
                stored.accept(meetingId);
            } else if (decided.equals(result.conflict().theirs())) {
                stored.accept(meetingId);
            } else {
                store(result.conflict().theirs(), decided.textZh(), decided.textEn());
            }
        }, fail);
    }
}
