package org.huiwu.ui.incidents;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.logic.incidents.IncidentFilter;
import org.huiwu.model.Meeting;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentCounts;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.TaskRunner;

/**
 * The current meeting's incident timeline with its filters (type, status, severity) and counts. Reads
 * in the background when the meeting or a filter changes, then hands the incident to select (the one
 * that was selected, if still listed) to the detail. FX thread only.
 */
public final class IncidentTimelineViewModel {

    private record Loaded(List<Incident> timeline, IncidentCounts counts) {
    }

    private final IncidentDesk desk;
    private final AppState state;
    private final TaskRunner runner;
    private final IncidentTexts texts;
    private final Consumer<Incident> select;
    private final Consumer<Throwable> fail;

    private final ObservableList<Incident> timeline = FXCollections.observableArrayList();
    private final ObjectProperty<IncidentType> typeFilter = new SimpleObjectProperty<>(this, "typeFilter");
    private final ObjectProperty<IncidentStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<Severity> severityFilter = new SimpleObjectProperty<>(this, "severityFilter");
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");

    /**
     * @param selectedId the id of the incident selected now, kept across a filter change
     * @param select shows the incident to select after a reload (null for none)
     */
    IncidentTimelineViewModel(IncidentDesk desk, AppState state, TaskRunner runner, IncidentTexts texts,
            Supplier<UUID> selectedId, Consumer<Incident> select, Consumer<Throwable> fail) {
        this.desk = desk;
        this.state = state;
        this.runner = runner;
        this.texts = texts;
        this.select = select;
        this.fail = fail;
        state.currentMeetingProperty().addListener((obs, old, meeting) -> reload(null));
        typeFilter.addListener((obs, old, now) -> reload(selectedId.get()));
        statusFilter.addListener((obs, old, now) -> reload(selectedId.get()));
        severityFilter.addListener((obs, old, now) -> reload(selectedId.get()));
    }

    /** Reloads the timeline and counts of the current meeting, then selects {@code incidentId} if listed. */
    public void reload(UUID incidentId) {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            timeline.clear();
            counts.set("");
            select.accept(null);
            return;
        }
        IncidentFilter filter = filter();
        runner.run(() -> new Loaded(desk.log().timeline(meeting.id(), filter), desk.log().counts(meeting.id())),
                loaded -> {
                    timeline.setAll(loaded.timeline());
                    IncidentCounts c = loaded.counts();
                    counts.set(texts.i18n().format("incident.ui.counts", c.total(), c.unresolved(), c.severe(),
                            loaded.timeline().size()));
                    select.accept(loaded.timeline().stream().filter(i -> i.id().equals(incidentId)).findFirst()
                            .orElse(null));
                }, fail);
    }

    IncidentFilter filter() {
        IncidentFilter filter = IncidentFilter.all();
        if (typeFilter.get() != null) {
            filter = filter.withTypes(Set.of(typeFilter.get()));
        }
        if (statusFilter.get() != null) {
            filter = filter.withStatuses(Set.of(statusFilter.get()));
        }
        if (severityFilter.get() != null) {
            filter = filter.withSeverities(Set.of(severityFilter.get()));
        }
        return filter;
    }

    public ObservableList<Incident> timeline() {
        return timeline;
    }

    public ObjectProperty<IncidentType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<IncidentStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Severity> severityFilterProperty() {
        return severityFilter;
    }

    public StringProperty countsProperty() {
        return counts;
    }
}
