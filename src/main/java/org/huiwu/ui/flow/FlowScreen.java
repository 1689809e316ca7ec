package org.huiwu.ui.flow;

import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.TemplateEditorView;
import org.huiwu.ui.common.TemplateEditorViewModel;
import org.huiwu.model.flow.StageGroup;

/**
 * The meeting's flow tab (服务流程) as one screen: the stages with their checklists and the work order, as
 * two inner tabs sharing one flow state, and the stage checklist template editor (the one editor the service
 * checklist uses too); the views are built the first time the tab is shown. FX thread only.
 */
public final class FlowScreen extends LazyScreen {

    /** The node id of the flow tab. */
    public static final String ID = "flowTab";

    /** What the screen works with, from the composition root. */
    public record Services(MeetingFlows flows, ServiceChecklists checklists, TaskRunner runner, FlowTexts texts,
            Consumer<String> openGuide, WorkOrderPrint.Printer printWorkOrder, DialogService dialogs) {
    }

    private final FlowViewModel model;
    private final FlowRecordsViewModel records;
    private final WorkOrderPrint printing;
    private final WorkOrderViewModel order;
    private final Services services;
    private final Attendant attendant;
    private final I18n i18n;

    public FlowScreen(Services services, AppState state, Attendant attendant, I18n i18n) {
        super(ID, i18n.get("flow.tab"), Place.MEETING_TAB);
        this.services = services;
        this.attendant = attendant;
        this.i18n = i18n;
        model = new FlowViewModel(services.flows(), services.checklists(), state, attendant, services.runner(),
                services.texts());
        records = new FlowRecordsViewModel(services.flows(), model, attendant);
        order = new WorkOrderViewModel(services.flows().workOrders(), model, attendant, services.runner(),
                services.texts());
        printing = new WorkOrderPrint(services.printWorkOrder(), services.dialogs(), model, services.runner(),
                services.texts(), order.message);
        template = new TemplateEditorViewModel<>(services.flows().stageLists().editor(), labels(services.texts()),
                attendant, services.runner(), services.dialogs());
        state.openMeeting().queuedRefusalsProperty().addListener((obs, old, now) -> {
            if (!template.groups().isEmpty()) { // the editor was opened: show the stored template (decision 0048)
                template.reload(template.selectedProperty().get() == null ? null
                        : template.selectedProperty().get().id());
            }
        });
    }

    private final TemplateEditorViewModel<StageGroup> template;

    /** Reads who is logged in on a venue server (decision 0037), so an attendant's login cannot press the override. */
    public void readVenueLogin(java.util.function.Supplier<java.util.Optional<org.huiwu.model.staff.VenueLogin>> login) {
        model.readVenueLogin(login);
    }

    /** How the shared template editor names the stage checklist's groups and failures. */
    static TemplateEditorViewModel.Labels<StageGroup> labels(FlowTexts texts) {
        return new TemplateEditorViewModel.Labels<>(texts.i18n(), "flow.template.title", "flow.template.group",
                "flow.template.hint", texts::group, texts::describe);
    }

    @Override
    protected Node build() {
        FlowView stages = new FlowView(model, records, attendant, services.openGuide(), () -> editTemplate(stagesOwner()));
        Tab stagesTab = new Tab(i18n.get("flow.tab.stages"), stages);
        stagesTab.setId("flowStagesTab");
        Tab orderTab = new Tab(i18n.get("flow.tab.workOrder"), new WorkOrderView(order, printing::print));
        orderTab.setId("flowWorkOrderTab");
        TabPane view = new TabPane(stagesTab, orderTab);
        view.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        view.getStylesheets().add(FlowScreen.class.getResource("flow.css").toExternalForm());
        return view;
    }

    private javafx.stage.Window stagesOwner() {
        return node().getScene() == null ? null : node().getScene().getWindow();
    }

    /**
     * Opens the stage checklist template editor (K, L, N, R): each change in it is a new template version,
     * saved at once; a text still being typed is saved when the dialog is closed with its button or its X,
     * and dropped with Esc. Meetings already opened keep the version they were copied from.
     */
    public void editTemplate(javafx.stage.Window parent) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(parent);
        dialog.setTitle(i18n.get("flow.template.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new TemplateEditorView<>(template));
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(i18n.get("checklist.template.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (parent != null && parent.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        boolean[] escaped = {false};
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
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

    /** The stage template editor's model (for tests). */
    public TemplateEditorViewModel<StageGroup> template() {
        return template;
    }

    /** The stages model (for tests and the meeting list's stage refresh). */
    public FlowViewModel model() {
        return model;
    }

    /** The work order model (for tests). */
    public WorkOrderViewModel workOrder() {
        return order;
    }
}
