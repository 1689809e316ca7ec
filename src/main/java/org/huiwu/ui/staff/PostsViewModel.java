package org.huiwu.ui.staff;

import java.util.List;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.logic.staff.StaffProblem;
import org.huiwu.logic.staff.StaffRejectedException;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.ui.common.TaskRunner;

/**
 * The posts and duties (annex A) while the supervisor edits them: one draft per post in order; a saved
 * post keeps its id so the staff on it stay on it; a post no longer used is retired, not deleted.
 * FX thread only.
 */
public final class PostsViewModel {

    /** One post while it is edited. */
    public record PostDraft(UUID id, StringProperty nameZh, StringProperty nameEn, StringProperty dutiesZh,
            StringProperty dutiesEn, BooleanProperty retired) {
        static PostDraft of(StaffPost post) {
            return new PostDraft(post.id(), new SimpleStringProperty(post.nameZh()),
                    new SimpleStringProperty(post.nameEn()), new SimpleStringProperty(post.dutiesZh()),
                    new SimpleStringProperty(post.dutiesEn()), new SimpleBooleanProperty(post.retired()));
        }

        StaffPost post() {
            return new StaffPost(id, nameZh.get(), nameEn.get(), dutiesZh.get(), dutiesEn.get(), retired.get());
        }
    }

    private final StaffDesk desk;
    private final TaskRunner runner;
    private final StaffTexts texts;
    private final ObservableList<PostDraft> drafts = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private Runnable afterSave = () -> { };
    /** The posts as last read or saved: what a save is written over (decision 0050). */
    private List<StaffPost> read = List.of();

    public PostsViewModel(StaffDesk desk, TaskRunner runner, StaffTexts texts) {
        this.desk = desk;
        this.runner = runner;
        this.texts = texts;
    }

    public void load() {
        runner.run(() -> desk.roster().posts(), this::show, f -> problem.set(texts.describe(f)));
    }

    private void show(List<StaffPost> posts) {
        read = List.copyOf(posts);
        drafts.setAll(posts.stream().map(PostDraft::of).toList());
    }

    public void addPost() {
        drafts.add(PostDraft.of(desk.roster().newPost("", "")));
    }

    /**
     * Saves every post in order over the posts as read; on success {@code afterSave} runs (the roster re-reads its
     * choices). A post another laptop changed in a field changed here too refuses the save, which names it, and the
     * stored posts are shown (decision 0050).
     */
    public void save() {
        List<StaffPost> posts = drafts.stream().map(PostDraft::post).toList();
        List<StaffPost> over = read;
        runner.run(() -> desk.roster().savePosts(over, posts), saved -> {
            show(saved);
            problem.set(texts.i18n().get("staff.posts.saved"));
            afterSave.run();
        }, f -> {
            if (f instanceof StaffRejectedException refused && refused.problem() == StaffProblem.POSTS_CHANGED) {
                load();
            }
            problem.set(texts.describe(f));
        });
    }

    public void setAfterSave(Runnable then) {
        afterSave = then;
    }

    public ObservableList<PostDraft> drafts() { return drafts; }
    public StringProperty problemProperty() { return problem; }
    public StaffTexts texts() { return texts; }
}
