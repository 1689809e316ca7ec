package org.huiwu.ui.incidents;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentDetails;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * The incidents tab of the current meeting, split along what it shows: the timeline with its filters
 * and counts ({@link IncidentTimelineViewModel}), the selected incident's checklist, contacts,
 * attachments and history ({@link IncidentDetailViewModel}) and its correction form
 * ({@link IncidentFormViewModel}, the same form quick capture fills in). This class holds the selection
 * and writes every change (correction, status, void, and the detail's ticks, skips, notifications and
 * attachments) through the logic, then reads the incident back. A correction typed into the form is
 * committed when the form is left or another incident is chosen, never dropped. FX thread only; storage
 * work goes through the {@link TaskRunner}.
 */
public final class IncidentsViewModel {

    private final IncidentDesk desk;
    private final AppState state;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final IncidentTexts texts;

    private final IncidentTimelineViewModel list;
    private final IncidentDetailViewModel detail;
    private final IncidentFormViewModel correction = new IncidentFormViewModel();
    private UUID toSelect;
    private final ObjectProperty<Incident> selected = new SimpleObjectProperty<>(this, "selected");
    /** The correction last committed from the form, so leaving the form and then the row writes it once. */
    private UUID committedId;
    private IncidentDetails committed;

    public IncidentsViewModel(IncidentDesk desk, AppState state, Attendant attendant, TaskRunner runner,
            DialogService dialogs, IncidentTexts texts, IncidentDetailViewModel.FileOpener opener,
            Consumer<String> guideOpener) {
        this.desk = desk;
        this.state = state;
        this.attendant = attendant;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.list = new IncidentTimelineViewModel(desk, state, runner, texts, this::wantedId, this::selectLoaded,
                this::fail);
        this.detail = new IncidentDetailViewModel(desk, runner, dialogs, texts, attendant, opener, guideOpener,
                selected::get, this::change, this::fail);
        state.openMeeting().incidentRevisionProperty().addListener((obs, old, now) -> reload(wantedId()));
    }

    /**
     * Publishes that an incident record of the meeting was stored; this timeline and every screen that
     * shows incident counts observe it and show the stored state, selecting {@code incidentId} here when
     * it is not null (decision 0018).
     */
    public void stored(UUID meetingId, UUID incidentId) {
        toSelect = incidentId;
        state.openMeeting().incidentsStored(meetingId);
    }

    /** Reloads the timeline and counts of the current meeting, then selects {@code incidentId} if listed. */
    public void reload(UUID incidentId) {
        list.reload(incidentId);
    }

    /**
     * Shows {@code incident} (or nothing) with its form and detail. A correction typed for the incident
     * shown until now is written first, so choosing another row does not lose it; a re-read of the same
     * incident leaves a correction still being typed on screen.
     */
    public void select(Incident incident) {
        Incident before = selected.get();
        boolean sameRow = before != null && incident != null && before.id().equals(incident.id());
        if (before != null && !sameRow) {
            commitCorrection(before);
        }
        boolean typing = sameRow && correction.differsFrom(before) && !corrected(before).equals(committed);
        selected.set(incident);
        detail.show(incident);
        if (incident != null && !typing) {
            correction.show(incident);
        }
        if (incident != null && incident.details().equals(committed)) {
            committed = null;
        }
    }

    /**
     * Writes the corrected place, severity and text as a new version when they differ from the incident
     * as stored: the save button, and leaving the form, call this; the same correction is written once.
     */
    public void saveCorrection() {
        Incident current = selected.get();
        if (current != null) {
            commitCorrection(current);
        }
    }

    private void commitCorrection(Incident shown) {
        if (shown.voided() || shown.status() == IncidentStatus.CLOSED || !correction.differsFrom(shown)) {
            return;
        }
        IncidentDetails details = corrected(shown);
        if (shown.id().equals(committedId) && details.equals(committed)) {
            return;
        }
        committedId = shown.id();
        committed = details;
        write(shown, () -> desk.log().correct(shown.id(), details, attendant.name()));
    }

    private IncidentDetails corrected(Incident current) {
        return current.details().withLocation(correction.location(), current.seatKey())
                .withSeverity(correction.severity()).withDescription(correction.description());
    }

    /** Moves the selected incident to {@code status} (forward only). */
    public void setStatus(IncidentStatus status) {
        Incident current = selected.get();
        if (current != null) {
            change(() -> desk.log().setStatus(current.id(), status, attendant.name()));
        }
    }

    /** Voids the selected incident with the reason in the detail's reason field; it stays listed as voided. */
    public void voidSelected() {
        Incident current = selected.get();
        if (current != null) {
            String why = detail.reasonProperty().get();
            change(() -> desk.log().voidEntry(current.id(), why, attendant.name()));
        }
    }

    private void change(Callable<?> write) {
        write(selected.get(), write);
    }

    private void write(Incident incident, Callable<?> write) {
        UUID id = incident == null ? null : incident.id();
        UUID meetingId = incident != null ? incident.meetingId()
                : state.currentMeeting() == null ? null : state.currentMeeting().id();
        runner.run(() -> {
            write.call();
            return id;
        }, done -> stored(meetingId, selectedId() != null ? selectedId() : done), this::fail);
    }

    /**
     * The incident a reload should select: one just stored here until a reload has shown it (another reload
     * started meanwhile, such as the live feed reporting the same record, must not select the row before it),
     * else the one selected now.
     */
    private UUID wantedId() {
        return toSelect != null ? toSelect : selectedId();
    }

    private void selectLoaded(Incident incident) {
        toSelect = null;
        select(incident);
    }

    private UUID selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    private void fail(Throwable failure) {
        dialogs.showError(texts.i18n().get("incident.ui.title"), texts.describe(failure));
    }

    /** The timeline with its filters and counts. */
    public IncidentTimelineViewModel list() { return list; }
    /** The selected incident's checklist, contacts, attachments, history and guide. */
    public IncidentDetailViewModel detail() { return detail; }
    /** The correction form of the selected incident (the same form quick capture fills in). */
    public IncidentFormViewModel correction() { return correction; }
    public ObjectProperty<Incident> selectedProperty() { return selected; }
    /** True when the selected incident may still change: not voided, not closed. */
    public BooleanProperty changeableProperty() { return detail.changeableProperty(); }
    public Attendant attendant() { return attendant; }
    public IncidentTexts texts() { return texts; }
}
