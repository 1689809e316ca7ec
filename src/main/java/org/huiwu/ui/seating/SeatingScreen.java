package org.huiwu.ui.seating;

import java.time.Clock;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.logic.settings.Preferences;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.TaskRunner;

/**
 * The seating feature in the main window: the seating tab (built when first shown) and the commands of
 * the 座次 / Seating menu, which show the tab before they act. FX thread only.
 */
public final class SeatingScreen extends LazyScreen {

    /** The tab's id; other screens bring it forward with {@code AppState.show}. */
    public static final String ID = "seatingTab";

    /** What the seating screen works with, from the composition root. */
    public record Services(SeatPlans plans, SeatingPlanner planner, AttendeeRoster roster, TaskRunner runner,
            DialogService dialogs, FailureMessages failures, Clock clock, Preferences preferences,
            Consumer<String> openGuide) {
    }

    /** The guide the name-card button opens. */
    public static final String NAME_CARD_GUIDE = "podium-name-cards";

    private final SeatingViewModel model;
    private final SeatingCommands seatingCommands;
    private final SeatingMenu menu;
    private final Services services;
    private final I18n i18n;

    public SeatingScreen(Services services, AppState state, I18n i18n) {
        super(ID, i18n.get("workspace.tab.seating"), Place.MEETING_TAB);
        this.services = services;
        this.i18n = i18n;
        model = new SeatingViewModel(services.plans(), services.planner(), services.roster(), state, services.runner(),
                services.dialogs(), services.failures(), i18n);
        seatingCommands = new SeatingCommands(model, services.planner(), services.roster(), services.runner(),
                services.dialogs(), i18n);
        SeatingExports exports = new SeatingExports(model, services.plans(), services.runner(), services.dialogs(),
                services.failures(), i18n, services.clock(), services.preferences());
        menu = new SeatingMenu(model, seatingCommands, exports, new SeatingMenu.Actions(seatingCommands::autoAssign,
                seatingCommands::undo, seatingCommands::redo, seatingCommands.planEdits()::flipView, () -> view().focusSearch(),
                () -> view().seatMap().fitToView(), () -> NameCardDialog.open(view(), exports, false, i18n),
                () -> NameCardDialog.open(view(), exports, true, i18n),
                () -> exports.chartImage(image -> SeatChartPrinting.print(image, view().getScene().getWindow(),
                        services.dialogs(), i18n)),
                this::openNameCardGuide), i18n);
        menu.commands(() -> state.show(ID), Bindings.equal(ID, state.shownScreenProperty()),
                state.currentMeetingProperty().isNotNull()).forEach(this::command);
    }

    @Override
    protected Node build() {
        return new SeatingView(model, seatingCommands, new SeatingSidePanel(model, seatingCommands, i18n), i18n, menu);
    }

    /** The built view (building it if it is not yet). */
    public SeatingView view() {
        return (SeatingView) node();
    }

    private void openNameCardGuide() {
        services.openGuide().accept(NAME_CARD_GUIDE);
    }
}
