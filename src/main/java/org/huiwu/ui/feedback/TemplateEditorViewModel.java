package org.huiwu.ui.feedback;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.feedback.SurveyTemplates;
import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveyItem;
import org.huiwu.model.feedback.SurveyTemplate;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * The supervisor's survey-template dialog: rename, add and retire items, and rename the levels of the
 * item and overall scales, in Chinese and English. Meetings that already have forms keep their own
 * copy. What was typed is never dropped without Esc or Cancel: closing the dialog any other way saves
 * it ({@link #keepTypedOnClose}). FX thread only; storage work goes through the {@link TaskRunner}.
 */
public final class TemplateEditorViewModel {

    /** An item being edited. */
    public record ItemDraft(SurveyItem base, StringProperty labelZh, StringProperty labelEn, BooleanProperty retired) {

        static ItemDraft of(SurveyItem item) {
            return new ItemDraft(item, new SimpleStringProperty(item.labelZh()),
                    new SimpleStringProperty(item.labelEn()), new SimpleBooleanProperty(item.retired()));
        }

        SurveyItem edited() {
            return new SurveyItem(base.id(), base.position(), labelZh.get(), labelEn.get(), retired.get());
        }
    }

    /** A scale level being edited. */
    public record LevelDraft(ScaleLevel base, String scaleName, StringProperty labelZh, StringProperty labelEn) {

        ScaleLevel edited() {
            return base.withLabels(labelZh.get(), labelEn.get());
        }
    }

    private final SurveyTemplates templates;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FeedbackTexts texts;
    private final ObservableList<ItemDraft> items = FXCollections.observableArrayList();
    private final ObservableList<LevelDraft> levels = FXCollections.observableArrayList();
    private SurveyTemplate loaded = new SurveyTemplate(List.of(), List.of());

    public TemplateEditorViewModel(SurveyTemplates templates, TaskRunner runner, DialogService dialogs,
            FeedbackTexts texts) {
        this.templates = templates;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
    }

    /** Reads the template as it stands into the drafts, then runs {@code onLoaded}. */
    public void load(Runnable onLoaded) {
        runner.run(templates::current, template -> {
            loaded = template;
            items.setAll(template.items().stream().map(ItemDraft::of).toList());
            levels.setAll(template.levels().stream().map(level -> new LevelDraft(level,
                    texts.i18n().format("feedback.template.levelName", texts.i18n().get(level.scale().labelKey()),
                            level.level()),
                    new SimpleStringProperty(level.labelZh()), new SimpleStringProperty(level.labelEn()))).toList());
            onLoaded.run();
        }, this::fail);
    }

    /** Adds an empty item at the end of the form. */
    public void addItem() {
        List<SurveyItem> current = new ArrayList<>(items.stream().map(ItemDraft::edited).toList());
        items.add(ItemDraft.of(templates.newItem(new SurveyTemplate(current, loaded.levels()), "", "")));
    }

    /** Saves the drafts; {@code onSaved} runs once stored, a refusal is shown and the drafts are kept. */
    public void save(Runnable onSaved) {
        SurveyTemplate edited = new SurveyTemplate(items.stream().map(ItemDraft::edited).toList(),
                levels.stream().map(LevelDraft::edited).toList());
        runner.run(() -> templates.save(edited), saved -> {
            loaded = saved;
            onSaved.run();
        }, this::fail);
    }

    /** True when an item or level differs from the template as loaded, or an item was added. */
    public boolean hasChanges() {
        return !items.stream().map(ItemDraft::edited).toList().equals(loaded.items())
                || !levels.stream().map(LevelDraft::edited).toList().equals(loaded.levels());
    }

    /**
     * The dialog is being closed neither by Save nor by Esc/Cancel (the window's X): the typed texts are
     * saved and {@code close} runs once they are stored; a refusal is shown and the dialog should stay
     * open with the texts. Returns false when nothing was typed (close at once).
     */
    public boolean keepTypedOnClose(Runnable close) {
        if (!hasChanges()) {
            return false;
        }
        save(close);
        return true;
    }

    private void fail(Throwable failure) {
        dialogs.showError(texts.i18n().get("feedback.template.title"), texts.describe(failure));
    }

    public ObservableList<ItemDraft> items() {
        return items;
    }

    public ObservableList<LevelDraft> levels() {
        return levels;
    }

    /** The note shown in the dialog: the defaults are the practice scale, and meetings with forms keep theirs. */
    public String note() {
        return texts.i18n().get("feedback.template.note");
    }
}
