package org.huiwu.ui.checklists;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.model.provenance.TextCheck;
import org.huiwu.ui.provenance.Provenance;
import org.huiwu.ui.provenance.SourcesPanel;
import org.huiwu.ui.provenance.SourcesViewModel;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.StaffedChoices;
import org.huiwu.ui.common.TemplateEditorView;
import org.huiwu.ui.common.TemplateEditorViewModel;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.ViewMemory;
import org.huiwu.ui.common.Attendant;

/**
 * The service checklist screens of one window: the meeting's checklist tab (built when first shown) and the supervisor's
 * template editor dialog, sharing the attendant's name with the incident screens. FX thread only.
 */
public final class ChecklistsScreen extends LazyScreen {

    /** What the screens work with, from the composition root. */
    public record Services(ServiceChecklists checklists, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, ZoneId zone, Supplier<Window> owner) {
    }

    private final ChecklistsViewModel model;
    private final TemplateEditorViewModel<ChecklistPhase> template;
    private final Supplier<Window> owner;
    private final I18n i18n;
    private final SourcesViewModel sources;
    private final Supplier<javafx.scene.Node> staffed;

    public ChecklistsScreen(Services services, AppState state, Attendant attendant, I18n i18n, Provenance provenance) {
        super("checklistsTab", i18n.get("checklist.tab"), Place.MEETING_TAB);
        this.owner = services.owner();
        this.i18n = i18n;
        this.sources = provenance.sources(services.runner(), services.failures(), i18n);
        ChecklistTexts texts = new ChecklistTexts(i18n, services.failures(), services.zone());
        model = new ChecklistsViewModel(services.checklists(), state, attendant, services.runner(),
                services.dialogs(), texts);
        template = new TemplateEditorViewModel<>(services.checklists().template(), labels(i18n, texts), attendant,
                services.runner(), services.dialogs());
        state.openMeeting().queuedRefusalsProperty().addListener((obs, old, now) -> {
            if (!template.groups().isEmpty()) { // the editor was opened: show the stored template (decision 0045)
                template.reload(template.selectedProperty().get() == null ? null
                        : template.selectedProperty().get().id());
            }
        });
        this.staffed = () -> StaffedChoices.button(state.openMeeting().staffedNames(), attendant.nameProperty(), i18n);
    }

    /** Shows the phase kept in {@code memory}, and keeps the phase chosen there, so a language switch keeps it. */
    public void keepPhaseIn(ViewMemory memory) {
        model.phaseProperty().bindBidirectional(memory.choice("checklists.phase", model.phaseProperty().get()));
    }

    /** The content of the meeting's checklist tab, built when the tab is first shown. */
    @Override
    protected Node build() {
        ChecklistsView view = new ChecklistsView(model, this::editTemplate);
        view.offerStaffed(staffed.get());
        return view;
    }

    /** How the shared template editor names the service checklist's phases and failures. */
    public static TemplateEditorViewModel.Labels<ChecklistPhase> labels(I18n i18n, ChecklistTexts texts) {
        return new TemplateEditorViewModel.Labels<>(i18n, "checklist.template.title", "checklist.template.phase",
                "checklist.template.hint", p -> i18n.get(p.labelKey()), texts::describe);
    }

    /** The checklist tab's model (for tests). */
    public ChecklistsViewModel model() {
        return model;
    }

    /**
     * Opens the template editor; each change in it is saved at once, and a text still being typed is
     * saved when the dialog is closed with its button or its X. Esc closes it and drops that text.
     */
    public void editTemplate() {
        Dialog<ButtonType> dialog = new Dialog<>();
        Window parent = owner.get();
        dialog.initOwner(parent);
        dialog.setTitle(i18n.get("checklist.template.title"));
        dialog.getDialogPane().setContent(SourcesPanel.beside(new TemplateEditorView<>(template), sources, i18n));
        sources.show(CheckedKind.CHECKLIST_TEMPLATE, TextCheck.TEMPLATE, List.of(),
                List.of(i18n.get("sources.checklist.note")), "");
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(i18n.get("checklist.template.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (parent != null && parent.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        boolean[] escaped = {false};
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                escaped[0] = true;
            }
        });
        template.reload(null);
        dialog.showAndWait();
        if (escaped[0]) {
            template.dropTyped();
        } else {
            template.keepTyped();
        }
    }
}
