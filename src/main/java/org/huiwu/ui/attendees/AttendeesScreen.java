package org.huiwu.ui.attendees;

import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.Attendance;
import org.huiwu.logic.attendees.AttendeeImport;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.TaskRunner;

/**
 * The attendee list in the main window: its tab (built when first shown) and the Attendees menu (add,
 * filter, import), whose commands bring the tab forward first; a finished import shows the list. FX
 * thread only.
 */
public final class AttendeesScreen extends LazyScreen {

    public static final String ID = "attendeesTab";

    /** What the attendee screen works with, from the composition root. */
    public record Services(AttendeeRoster roster, AttendeeImport importer, SeatPlans plans, TaskRunner runner,
            DialogService dialogs, FailureMessages failures, Supplier<Window> owner) {
    }

    private final AttendeeTableViewModel model;
    private final AttendeeImportLauncher importer;
    private final I18n i18n;
    private final Command importCommand;

    public AttendeesScreen(Services services, AppState state, I18n i18n) {
        super(ID, i18n.get("workspace.tab.attendees"), Place.MEETING_TAB);
        this.i18n = i18n;
        model = new AttendeeTableViewModel(services.roster(), state, services.runner(), services.dialogs(),
                services.failures(), i18n, UUID::randomUUID);
        importer = new AttendeeImportLauncher(services.importer(), state, services.runner(), services.dialogs(),
                services.failures(), i18n, services.owner(), services.roster(), services.plans(), () -> state.show(ID));
        var meetingOpen = state.currentMeetingProperty().isNotNull();
        Runnable show = () -> state.show(ID);
        command(Command.of("menuAddAttendee", i18n.get("menu.attendees.add"), () -> view().onAdd())
                .keys("Shortcut+Shift+N").enabledWhen(meetingOpen).inMenu("menu.attendees", 10).wrap(show));
        command(Command.of("menuFilterAttendees", i18n.get("menu.attendees.filter"), () -> view().focusFilter())
                .keys("Shortcut+Shift+F").inMenu("menu.attendees", 20).wrap(show));
        importCommand = command(Command.of("menuImportAttendees", i18n.get("menu.attendees.import"), importer::open)
                .keys("Shortcut+Shift+I").enabledWhen(meetingOpen).inMenu("menu.attendees", 30).wrap(show));
    }

    @Override
    protected Node build() {
        return new AttendeeTableView(model, i18n, importCommand);
    }

    private AttendeeTableView view() {
        return (AttendeeTableView) node();
    }

    /**
     * How many people the open meeting's list expects: everyone but the service staff, as 应到 counts everywhere
     * ({@link Attendance}, decision 0042). The meeting form shows it beside the expected count and saves it for 0.
     */
    public ObservableIntegerValue listedCount() {
        return Bindings.createIntegerBinding(() -> (int) model.attendees().stream()
                .filter(attendee -> Attendance.isExpected(attendee.role())).count(), model.attendees());
    }

    /** The import of this window; tests start an import here since they cannot drive a file chooser. */
    public AttendeeImportLauncher importer() {
        return importer;
    }
}
