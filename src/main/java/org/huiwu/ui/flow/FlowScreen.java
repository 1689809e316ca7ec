package org.huiwu.ui.flow;

import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.TaskRunner;

/**
 * The meeting's flow tab (服务流程) as one screen: the stages with their checklists and the work order, as
 * two inner tabs sharing one flow state; the views are built the first time the tab is shown. FX thread only.
 */
public final class FlowScreen extends LazyScreen {

    /** The node id of the flow tab. */
    public static final String ID = "flowTab";

    /** What the screen works with, from the composition root. */
    public record Services(MeetingFlows flows, ServiceChecklists checklists, TaskRunner runner, FlowTexts texts,
            Consumer<String> openGuide, WorkOrderViewModel.Printer printWorkOrder, DialogService dialogs) {
    }

    private final FlowViewModel model;
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
        order = new WorkOrderViewModel(services.flows().workOrders(), model, attendant, services.runner(),
                services.texts());
        order.setPrinting(services.printWorkOrder(), services.dialogs());
    }

    @Override
    protected Node build() {
        FlowView stages = new FlowView(model, attendant, services.openGuide());
        Tab stagesTab = new Tab(i18n.get("flow.tab.stages"), stages);
        stagesTab.setId("flowStagesTab");
        Tab orderTab = new Tab(i18n.get("flow.tab.workOrder"), new WorkOrderView(order, order::print));
        orderTab.setId("flowWorkOrderTab");
        TabPane view = new TabPane(stagesTab, orderTab);
        view.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        view.getStylesheets().add(FlowScreen.class.getResource("flow.css").toExternalForm());
        return view;
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
