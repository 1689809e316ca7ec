package org.huiwu.ui.incidents;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.huiwu.ui.common.Attendant;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.provenance.Provenance;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DesktopFiles;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * Builds the incident screens of one window: quick capture, the incidents tab with its checklist and
 * history, the left-items register and the document copies, sharing the attendant's name. FX thread
 * only.
 */
public final class IncidentsScreen {

    /** What the screens work with, from the composition root. */
    public record Services(IncidentDesk desk, AttendeeRoster roster, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, ZoneId zone, Consumer<String> openGuide, Supplier<Window> owner) {
    }

    private final IncidentsViewModel incidents;
    private final IncidentCaptureViewModel capture;
    private final IncidentsView view;
    private final IncidentTexts texts;
    private final Supplier<Window> owner;

    public IncidentsScreen(Services services, AppState state, Attendant attendant, I18n i18n,
            Provenance provenance) {
        this.owner = services.owner();
        texts = new IncidentTexts(i18n, services.failures(), services.zone());
        incidents = new IncidentsViewModel(services.desk(), state, attendant, services.runner(), services.dialogs(),
                texts, DesktopFiles::open, services.openGuide());
        LeftItemsViewModel leftItems = new LeftItemsViewModel(services.desk().leftItems(), state, attendant,
                services.runner(), services.dialogs(), texts);
        DocumentCopiesViewModel documents = new DocumentCopiesViewModel(services.desk().documents(),
                services.roster(), state, attendant, services.runner(), services.dialogs(), texts,
                lost -> incidents.stored(lost.meetingId(), lost.id()));
        IncidentDetailPane detail = new IncidentDetailPane(incidents);
        VenueEditors venue = new VenueEditors(new VenueEditorsViewModel(services.desk(), attendant, services.runner(),
                services.dialogs(), texts), provenance.sources(services.runner(), services.failures(), i18n), i18n);
        detail.onVenueEditing(() -> venue.editContacts(owner.get(), () -> incidents.select(incidents.selectedProperty().get())),
                () -> venue.editProcedure(owner.get(), incidents.selectedProperty().get() == null ? null
                        : incidents.selectedProperty().get().type()));
        view = new IncidentsView(incidents, detail, new LeftItemsView(leftItems, i18n),
                new DocumentCopiesView(documents, i18n), this::capture);
        capture = new IncidentCaptureViewModel(services.desk(), state, attendant, services.runner(),
                services.dialogs(), texts, saved -> {
                    incidents.stored(saved.meetingId(), saved.id());
                    view.showIncidents();
                });
        incidents.reload(null);
        leftItems.reload();
        documents.reload();
    }

    /** The content of the meeting's incidents tab. */
    public IncidentsView view() {
        return view;
    }

    /** Opens quick capture for the current meeting (Ctrl+I, the capture button). */
    public void capture() {
        IncidentCapture.open(capture, texts, owner.get());
    }

    /** The incidents tab's model (tests attach files here: a file chooser cannot be driven headless). */
    public IncidentsViewModel incidents() {
        return incidents;
    }
}
