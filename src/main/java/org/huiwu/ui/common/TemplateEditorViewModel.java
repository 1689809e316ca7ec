package org.huiwu.ui.common;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.checklists.EditableTemplate;
import org.huiwu.model.checklists.TemplateLine;

/**
 * The supervisor's checklist template editor, for any {@link EditableTemplate} (the service checklist O, Q, S;
 * the stage checklist K, L, N, R): the items of one group, and adding, renaming (Chinese and English), moving
 * up or down, marking mandatory (where the template has that) and retiring an item. Every change is saved at
 * once; meetings whose checklist was already opened keep their copy. Texts typed for an item are saved when
 * another item or group is chosen or the editor closes; Esc drops them. A rename another laptop's rename came before
 * asks which to keep ({@link TemplateRenames}, decision 0050). FX thread only; storage work on the {@link TaskRunner}.
 *
 * @param <G> the template's kind of group
 */
public final class TemplateEditorViewModel<G> {

    /** How the editor names things: the bundle, its title, group label and hint keys, groups, failures. */
    public record Labels<G>(I18n i18n, String titleKey, String groupKey, String hintKey, Function<G, String> group,
            Function<Throwable, String> describe) {
    }

    private final EditableTemplate<G> template;
    private final Labels<G> labels;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final DialogService dialogs;

    private final ObservableList<TemplateLine<G>> items = FXCollections.observableArrayList();
    private final ObservableList<G> groups = FXCollections.observableArrayList();
    private final ObjectProperty<G> group = new SimpleObjectProperty<>(this, "group");
    private final ObjectProperty<TemplateLine<G>> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty textZh = new SimpleStringProperty(this, "textZh", "");
    private final StringProperty textEn = new SimpleStringProperty(this, "textEn", "");
    private final BooleanProperty mandatory = new SimpleBooleanProperty(this, "mandatory");
    private final StringProperty version = new SimpleStringProperty(this, "version", "");
    private final TemplateRenames<G> renames;
    private boolean showing; // true while the form shows a selected item, so no change is saved
    /** True while a read replaces the shown item that holds nothing typed: its texts as read are shown, not saved. */
    private boolean reading;

    public TemplateEditorViewModel(EditableTemplate<G> template, Labels<G> labels, Attendant attendant,
            TaskRunner runner, DialogService dialogs) {
        this.template = template;
        this.labels = labels;
        this.attendant = attendant;
        this.runner = runner;
        this.dialogs = dialogs;
        this.renames = new TemplateRenames<>(template, runner, dialogs, labels, this::text,
                () -> reload(selectedId()), this::showStored, this::fail);
        group.addListener((obs, old, now) -> {
            keepTyped();
            reload(null);
        });
        selected.addListener((obs, old, item) -> {
            if (!reading) {
                keepTyped(old);
            }
            showing = true;
            textZh.set(item == null ? "" : item.textZh());
            textEn.set(item == null ? "" : item.textEn());
            mandatory.set(item != null && item.mandatory());
            showing = false;
        });
        mandatory.addListener((obs, was, is) -> {
            TemplateLine<G> item = selected.get();
            String by = attendant.name();
            if (!showing && item != null && item.mandatory() != is && template.marksMandatory()) {
                change(() -> { template.markMandatory(item.id(), is, by); return item.id(); });
            }
        });
    }

    /** Reads the groups and the items of the chosen group, then selects the item with {@code selectId} (if given). */
    public void reload(UUID selectId) {
        G of = group.get();
        runner.run(() -> new Loaded<>(template.groups(), of == null ? List.of() : template.lines(of),
                template.version()), loaded -> show(loaded, selectId), this::fail);
    }

    private record Loaded<G>(List<G> groups, List<TemplateLine<G>> lines, int version) { }

    /** Adds the texts in the form as a new item at the end of the group. */
    public void add() {
        G to = group.get();
        String zh = textZh.get();
        String en = textEn.get();
        String by = attendant.name();
        change(() -> template.addLine(to, zh, en, by));
    }

    /** Saves the texts in the form on the selected item, over its texts as listed (decision 0050). */
    public void rename() {
        TemplateLine<G> item = listed(selected.get());
        if (item != null) {
            renames.rename(item, textZh.get(), textEn.get(), attendant.name());
        }
    }

    /** Saves the texts typed for the selected item that were not yet saved (another item or group, the editor closed). */
    public void keepTyped() { keepTyped(selected.get()); }

    /** Drops the texts typed for the selected item, not yet saved (Esc): the form shows the saved texts. */
    public void dropTyped() {
        TemplateLine<G> listed = listed(selected.get());
        textZh.set(listed == null ? "" : listed.textZh());
        textEn.set(listed == null ? "" : listed.textEn());
    }

    private void keepTyped(TemplateLine<G> item) {
        if (typed(item)) {
            renames.rename(listed(item), textZh.get(), textEn.get(), attendant.name());
        }
    }

    /** Shows the stored texts of an item a rename of was not saved; the form too while it is selected. */
    private void showStored(TemplateLine<G> stored) {
        if (stored.id().equals(selectedId())) {
            textZh.set(stored.textZh());
            textEn.set(stored.textEn());
        }
        reload(stored.id());
    }

    /** Whether the form holds texts for {@code item} other than those listed for it (typed and not yet saved). */
    private boolean typed(TemplateLine<G> item) {
        TemplateLine<G> listed = listed(item);
        return listed != null && !(textZh.get().equals(listed.textZh()) && textEn.get().equals(listed.textEn()));
    }

    private TemplateLine<G> listed(TemplateLine<G> item) {
        return item == null ? null : items.stream().filter(i -> i.id().equals(item.id())).findFirst().orElse(null);
    }

    private UUID selectedId() { return selected.get() == null ? null : selected.get().id(); }

    /** Moves the selected item one place up ({@code -1}) or down ({@code +1}). */
    public void move(int step) {
        TemplateLine<G> item = selected.get();
        String by = attendant.name();
        if (item != null) {
            change(() -> { template.moveLine(item.id(), step, by); return item.id(); });
        }
    }

    /** Retires the selected item after asking; meetings already opened keep it. */
    public void retire() {
        TemplateLine<G> item = selected.get();
        String by = attendant.name();
        if (item != null && dialogs.confirm(labels.i18n().get(labels.titleKey()),
                labels.i18n().format("checklist.template.retireConfirm", text(item)))) {
            change(() -> { template.retireLine(item.id(), by); return null; });
        }
    }

    /** An item's text in the interface language (Chinese where no English was given). */
    public String text(TemplateLine<G> item) {
        return org.huiwu.model.checklists.ItemText.of(item.textZh(), item.textEn(), labels.i18n().locale());
    }

    /** Runs an edit, then reads again; a refused one (another laptop reordered meanwhile) shows the stored items. */
    private void change(Callable<UUID> work) {
        runner.run(work, this::reload, failure -> {
            fail(failure);
            reload(selectedId());
        });
    }

    private void show(Loaded<G> loaded, UUID selectId) {
        if (!groups.equals(loaded.groups())) {
            groups.setAll(loaded.groups());
        }
        if (group.get() == null && !loaded.groups().isEmpty()) {
            group.set(loaded.groups().get(0));
            return;
        }
        boolean typed = typed(selected.get());
        items.setAll(loaded.lines());
        version.set(loaded.version() == 0 ? "" : labels.i18n().format("checklist.template.version", loaded.version()));
        reading = !typed;
        selected.set(loaded.lines().stream().filter(i -> i.id().equals(selectId)).findFirst().orElse(null));
        reading = false;
    }

    private void fail(Throwable f) { dialogs.showError(labels.i18n().get(labels.titleKey()), labels.describe().apply(f)); }

    public Labels<G> labels() { return labels; }
    public boolean marksMandatory() { return template.marksMandatory(); }
    public ObservableList<TemplateLine<G>> items() { return items; }
    public ObservableList<G> groups() { return groups; }
    public ObjectProperty<G> groupProperty() { return group; }
    public ObjectProperty<TemplateLine<G>> selectedProperty() { return selected; }
    public StringProperty textZhProperty() { return textZh; }
    public StringProperty textEnProperty() { return textEn; }
    public BooleanProperty mandatoryProperty() { return mandatory; }
    public StringProperty versionProperty() { return version; }
}
