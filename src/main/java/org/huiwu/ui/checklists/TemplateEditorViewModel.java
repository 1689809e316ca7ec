package org.huiwu.ui.checklists;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.checklists.ChecklistTemplate;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.Attendant;

/**
 * The supervisor's checklist template editor: the active items of one phase, and adding, renaming
 * (Chinese and English), moving up or down and retiring an item. Every change is saved at once; meetings
 * whose checklist was already opened keep their copy. FX thread only; storage work goes through the
 * {@link TaskRunner}.
 */
public final class TemplateEditorViewModel {

    private final ChecklistTemplate template;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ChecklistTexts texts;

    private final ObservableList<TemplateItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ChecklistPhase> phase = new SimpleObjectProperty<>(this, "phase",
            ChecklistPhase.BEFORE);
    private final ObjectProperty<TemplateItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty textZh = new SimpleStringProperty(this, "textZh", "");
    private final StringProperty textEn = new SimpleStringProperty(this, "textEn", "");

    public TemplateEditorViewModel(ChecklistTemplate template, Attendant attendant, TaskRunner runner,
            DialogService dialogs, ChecklistTexts texts) {
        this.template = template;
        this.attendant = attendant;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        phase.addListener((obs, old, now) -> {
            keepTyped();
            reload(null);
        });
        selected.addListener((obs, old, item) -> {
            keepTyped(old);
            textZh.set(item == null ? "" : item.textZh());
            textEn.set(item == null ? "" : item.textEn());
        });
    }

    /** Reads the active items of the phase, then selects the item with {@code selectId} (if given). */
    public void reload(UUID selectId) {
        ChecklistPhase of = phase.get();
        runner.run(() -> template.activeItems().stream().filter(i -> i.phase() == of).toList(),
                list -> show(list, selectId), this::fail);
    }

    /** Adds the texts in the form as a new item at the end of the phase. */
    public void add() {
        ChecklistPhase to = phase.get();
        String zh = textZh.get();
        String en = textEn.get();
        String by = attendant.name();
        change(() -> template.add(to, zh, en, by).id());
    }

    /** Saves the texts in the form on the selected item. */
    public void rename() {
        TemplateItem item = selected.get();
        if (item != null) {
            String zh = textZh.get();
            String en = textEn.get();
            String by = attendant.name();
            change(() -> template.rename(item.id(), zh, en, by).id());
        }
    }

    /**
     * Saves the texts typed for the selected item that were not yet saved (the editor is closed, another
     * item or phase is chosen): typing is never dropped without Esc.
     */
    public void keepTyped() {
        keepTyped(selected.get());
    }

    /** Drops the texts typed for the selected item and not yet saved (Esc): the form shows the saved texts. */
    public void dropTyped() {
        TemplateItem item = selected.get();
        TemplateItem listed = item == null ? null
                : items.stream().filter(i -> i.id().equals(item.id())).findFirst().orElse(null);
        textZh.set(listed == null ? "" : listed.textZh());
        textEn.set(listed == null ? "" : listed.textEn());
    }

    private void keepTyped(TemplateItem item) {
        String zh = textZh.get();
        String en = textEn.get();
        TemplateItem listed = item == null ? null
                : items.stream().filter(i -> i.id().equals(item.id())).findFirst().orElse(null);
        if (listed == null || (zh.equals(listed.textZh()) && en.equals(listed.textEn()))) {
            return;
        }
        String by = attendant.name();
        runner.run(() -> template.rename(item.id(), zh, en, by).id(), id -> reload(selectedId()), this::fail);
    }

    private UUID selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    /** Moves the selected item one place up ({@code -1}) or down ({@code +1}). */
    public void move(int step) {
        TemplateItem item = selected.get();
        if (item != null) {
            String by = attendant.name();
            change(() -> {
                template.move(item.id(), step, by);
                return item.id();
            });
        }
    }

    /** Retires the selected item after asking; meetings already opened keep it. */
    public void retire() {
        TemplateItem item = selected.get();
        if (item != null && dialogs.confirm(texts.i18n().get("checklist.template.title"),
                texts.i18n().format("checklist.template.retireConfirm", texts.text(item)))) {
            String by = attendant.name();
            change(() -> {
                template.retire(item.id(), by);
                return null;
            });
        }
    }

    private void change(Callable<UUID> work) {
        runner.run(work, this::reload, this::fail);
    }

    private void show(List<TemplateItem> list, UUID selectId) {
        items.setAll(list);
        selected.set(list.stream().filter(i -> i.id().equals(selectId)).findFirst().orElse(null));
    }

    private void fail(Throwable failure) {
        dialogs.showError(texts.i18n().get("checklist.template.title"), texts.describe(failure));
    }

    public ChecklistTexts texts() {
        return texts;
    }

    public ObservableList<TemplateItem> items() {
        return items;
    }

    public ObjectProperty<ChecklistPhase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<TemplateItem> selectedProperty() {
        return selected;
    }

    public StringProperty textZhProperty() {
        return textZh;
    }

    public StringProperty textEnProperty() {
        return textEn;
    }
}
