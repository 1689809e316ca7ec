package org.huiwu.ui.incidents;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.stage.Window;

import org.huiwu.ui.common.Attendant;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.provenance.Provenance;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.DesktopFiles;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * The incident screens of one window: quick capture (Ctrl+I from any tab), the incidents tab with its
 * checklist and history, the left-items register and the document copies, sharing the attendant's name.
 * The view-models follow the open meeting from the start; the tab is built when first shown. FX thread
 * only.
 */
public final class IncidentsScreen extends LazyScreen {

    /** What the screens work with, from the composition root. */
    public record Services(IncidentDesk desk, AttendeeRoster roster, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, ZoneId zone, Consumer<String> openGuide, Supplier<Window> owner,
            org.huiwu.logic.incidents.IncidentTrend trend) {
    }

    private final IncidentsViewModel incidents;
    private final IncidentCaptureViewModel capture;
    private final LeftItemsViewModel leftItems;
    private final DocumentCopiesViewModel documents;
    private final IncidentTexts texts;
    private final Services services;
    private final Attendant attendant;
    private final Provenance provenance;
    private final I18n i18n;
    private final Command captureCommand;

    public IncidentsScreen(Services services, AppState state, Attendant attendant, I18n i18n,
            Provenance provenance) {
        super("incidentsTab", i18n.get("workspace.tab.incidents"), Place.MEETING_TAB);
        this.services = services;
        this.attendant = attendant;
        this.provenance = provenance;
        this.i18n = i18n;
        texts = new IncidentTexts(i18n, services.failures(), services.zone());
        incidents = new IncidentsViewModel(services.desk(), state, attendant, services.runner(), services.dialogs(),
                texts, DesktopFiles::open, services.openGuide());
        leftItems = new LeftItemsViewModel(services.desk().leftItems(), state, attendant,
                services.runner(), services.dialogs(), texts);
        documents = new DocumentCopiesViewModel(services.desk().documents(),
                services.roster(), state, attendant, services.runner(), services.dialogs(), texts,
                lost -> incidents.stored(lost.meetingId(), lost.id()));
        capture = new IncidentCaptureViewModel(services.desk(), state, attendant, services.runner(),
                services.dialogs(), texts, saved -> {
                    incidents.stored(saved.meetingId(), saved.id());
                    if (isBuilt()) {
                        ((IncidentsView) node()).showIncidents();
                    }
                });
        incidents.reload(null);
        leftItems.reload();
        documents.reload();
        captureCommand = command(Command.of("menuCaptureIncident", i18n.get("menu.incidents.capture"), this::capture)
                .keys("Shortcut+I").inMenu("menu.incidents", 10));
    }

    /** The incidents tab: the list with the selected incident's detail, left items and document copies. */
    @Override
    protected Node build() {
        IncidentDetailPane detail = new IncidentDetailPane(incidents);
        VenueEditors venue = new VenueEditors(new VenueEditorsViewModel(services.desk(), attendant, services.runner(),
                services.dialogs(), texts), provenance.sources(services.runner(), services.failures(), i18n), i18n);
        detail.onVenueEditing(() -> venue.editContacts(services.owner().get(),
                () -> incidents.select(incidents.selectedProperty().get())),
                () -> venue.editProcedure(services.owner().get(), incidents.selectedProperty().get() == null ? null
                        : incidents.selectedProperty().get().type()));
        IncidentsView view = new IncidentsView(incidents, detail, new LeftItemsView(leftItems, i18n),
                new DocumentCopiesView(documents, i18n), captureCommand);
        IncidentTrendViewModel trend = new IncidentTrendViewModel(services.trend(), services.runner(), texts);
        view.installTrend(new IncidentTrendView(trend), trend::load);
        return view;
    }

    /** Opens quick capture for the current meeting (Ctrl+I, the capture button). */
    public void capture() {
        IncidentCapture.open(capture, texts, services.owner().get());
    }

    /** The incidents tab's model (tests attach files here: a file chooser cannot be driven headless). */
    public IncidentsViewModel incidents() {
        return incidents;
    }
}
