package org.huiwu.ui.staff;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.logic.staff.StaffMemberConflictException;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.MergeQuestion;
import org.huiwu.ui.common.TaskRunner;

/**
 * Saves a person from the roster's form over the person as the form showed them (decision 0050). When another
 * laptop changed a field this edit changed too, nothing was written and the shared {@link MergeQuestion} asks
 * (保留我的修改 / 采用对方的内容): keeping mine saves again over the stored person; taking theirs or closing the
 * question shows the stored person (closing says the edit was not saved). Owns how a person's values read in the
 * question (a post by its name in the interface language). FX thread only; storage work goes through the runner.
 */
final class PersonSaves {

    private final StaffDesk desk;
    private final TaskRunner runner;
    private final MergeQuestion question;
    private final StaffTexts texts;

    PersonSaves(StaffDesk desk, TaskRunner runner, DialogService dialogs, StaffTexts texts) {
        this.desk = desk;
        this.runner = runner;
        this.question = new MergeQuestion(dialogs, texts.i18n());
        this.texts = texts;
    }

    /**
     * Saves {@code edited} over {@code shown} (null for a new person); then {@code saved} gets the person as written,
     * or {@code stored} the stored person and the sentence to show (empty when theirs was chosen), or {@code failed}
     * the refusal.
     */
    void store(StaffMember shown, StaffMember edited, List<StaffPost> posts, Consumer<StaffMember> saved,
            BiConsumer<StaffMember, String> stored, Consumer<Throwable> failed) {
        runner.run(() -> desk.roster().save(shown, edited), saved::accept, failure -> {
            if (!(failure instanceof StaffMemberConflictException conflict)) {
                failed.accept(failure);
                return;
            }
            StaffMember theirs = conflict.merge().theirs();
            StaffMember decided = question.decide(conflict.merge(), theirs.name(), value -> shown(value, posts));
            if (decided != null && !decided.equals(theirs)) {
                store(theirs, decided, posts, saved, stored, failed);
            } else {
                stored.accept(theirs, decided == null ? texts.i18n().format("staff.problem.notSaved", theirs.name())
                        : "");
            }
        });
    }

    private String shown(Object value, List<StaffPost> posts) {
        if (value instanceof UUID postId) {
            return texts.post(posts.stream().filter(p -> p.id().equals(postId)).findFirst().orElse(null));
        }
        return value == null ? "" : value.toString();
    }
}
