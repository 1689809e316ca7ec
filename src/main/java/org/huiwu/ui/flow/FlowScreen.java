package org.huiwu.ui.flow;

import java.util.function.Consumer;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.TaskRunner;

/**
 * Builds the meeting's flow tab of one window: the stages with their checklists and the work order, as two
 * inner tabs sharing one flow state. FX thread only.
 */
public final class FlowScreen {

    /** What the screen works with, from the composition root. */
    public record Services(MeetingFlows flows, ServiceChecklists checklists, TaskRunner runner, FlowTexts texts,
            Consumer<String> openGuide, WorkOrderViewModel.Printer printWorkOrder, DialogService dialogs) {
    }

    private final FlowViewModel model;
    private final WorkOrderViewModel order;
    private final TabPane view;

    public FlowScreen(Services services, AppState state, Attendant attendant, I18n i18n) {
        model = new FlowViewModel(services.flows(), services.checklists(), state, attendant, services.runner(),
                services.texts());
        order = new WorkOrderViewModel(services.flows().workOrders(), model, attendant, services.runner(),
                services.texts());
        order.setPrinting(services.printWorkOrder(), services.dialogs());
        FlowView stages = new FlowView(model, attendant, services.openGuide());
        WorkOrderView orderView = new WorkOrderView(order, order::print);
        Tab stagesTab = new Tab(i18n.get("flow.tab.stages"), stages);
        stagesTab.setId("flowStagesTab");
        Tab orderTab = new Tab(i18n.get("flow.tab.workOrder"), orderView);
        orderTab.setId("flowWorkOrderTab");
        view = new TabPane(stagesTab, orderTab);
        view.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        view.getStylesheets().add(FlowScreen.class.getResource("flow.css").toExternalForm());
    }

    /** The content of the meeting's flow tab. */
    public TabPane view() {
        return view;
    }

    /** The stages model (for tests). */
    public FlowViewModel model() {
        return model;
    }

    /** The work order model (for tests). */
    public WorkOrderViewModel workOrder() {
        return order;
    }
}
