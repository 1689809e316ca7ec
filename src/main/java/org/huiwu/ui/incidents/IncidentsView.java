package org.huiwu.ui.incidents;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;

import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.ViewLoader;

/**
 * The incidents tab of a meeting: the timeline with filters and counts beside the selected incident,
 * and sub-tabs for the left-items register and, at classified meetings, the document copies. Binds to
 * {@link IncidentsViewModel}. FX thread only.
 */
public final class IncidentsView extends TabPane {

    @FXML private Tab incidentsTab;
    @FXML private Tab leftItemsTab;
    @FXML private Tab documentsTab;
    @FXML private BorderPane incidentsPane;
    @FXML private TextField attendantField;
    @FXML private ComboBox<IncidentType> typeFilter;
    @FXML private ComboBox<IncidentStatus> statusFilter;
    @FXML private ComboBox<Severity> severityFilter;
    @FXML private Label countsLabel;
    @FXML private ListView<Incident> timelineList;
    @FXML private Button captureButton;

    private final IncidentsViewModel viewModel;
    private final IncidentTexts texts;
    private final IncidentDetailPane detail;
    private final LeftItemsView leftItems;
    private final DocumentCopiesView documents;
    private final Command capture;

    public IncidentsView(IncidentsViewModel viewModel, IncidentDetailPane detail, LeftItemsView leftItems,
            DocumentCopiesView documents, Command capture) {
        this.viewModel = viewModel;
        this.texts = viewModel.texts();
        this.detail = detail;
        this.leftItems = leftItems;
        this.documents = documents;
        this.capture = capture;
        ViewLoader.load(this, texts.i18n());
        getStylesheets().add(Styles.SHEET);
    }

    /** Adds the trend across meetings as the last sub-tab; {@code shown} runs each time it is chosen. */
    public void installTrend(javafx.scene.Node view, Runnable shown) {
        Tab trend = new Tab(texts.i18n().get("charts.incidents.tab"), view);
        trend.setId("incidentTrendTab");
        trend.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                shown.run();
            }
        });
        getTabs().add(trend);
    }

    @FXML
    private void initialize() {
        incidentsPane.setCenter(detail);
        capture.drive(captureButton);
        leftItemsTab.setContent(leftItems);
        documentsTab.setContent(documents);
        attendantField.textProperty().bindBidirectional(viewModel.attendant().nameProperty());
        filter(typeFilter, IncidentType.values(), t -> texts.label(t.labelKey()));
        typeFilter.valueProperty().bindBidirectional(viewModel.list().typeFilterProperty());
        filter(statusFilter, IncidentStatus.values(), s -> texts.label(s.labelKey()));
        statusFilter.valueProperty().bindBidirectional(viewModel.list().statusFilterProperty());
        filter(severityFilter, Severity.values(), s -> texts.label(s.labelKey()));
        severityFilter.valueProperty().bindBidirectional(viewModel.list().severityFilterProperty());
        countsLabel.textProperty().bind(viewModel.list().countsProperty());
        timelineList.setItems(viewModel.list().timeline());
        timelineList.setCellFactory(list -> IncidentCells.text(texts::timelineRow));
        timelineList.getSelectionModel().selectedItemProperty().addListener((obs, old, incident) -> {
            if (incident != null && (viewModel.selectedProperty().get() == null
                    || !viewModel.selectedProperty().get().id().equals(incident.id())
                    || viewModel.selectedProperty().get().version() != incident.version())) {
                viewModel.select(incident);
            }
        });
        viewModel.selectedProperty().addListener(obs -> showSelected());
        timelineList.getItems().addListener((javafx.collections.ListChangeListener<Incident>) change -> showSelected());
        if (viewModel.selectedProperty().get() != null) {
            timelineList.getSelectionModel().select(viewModel.selectedProperty().get());
        }
        showDocuments(documents.classified());
        documents.classifiedProperty().addListener((obs, old, now) -> showDocuments(now));
    }

    private <T> void filter(ComboBox<T> box, T[] values, java.util.function.Function<T, String> label) {
        box.getItems().add(null);
        box.getItems().addAll(values);
        java.util.function.Function<T, String> withAll = v -> v == null ? texts.i18n().get("incident.ui.any")
                : label.apply(v);
        box.setCellFactory(list -> IncidentCells.choice(withAll));
        box.setButtonCell(IncidentCells.choice(v -> v == null
                ? texts.i18n().format("incident.ui.anyOf", box.getPromptText()) : label.apply(v)));
    }

    private void showDocuments(boolean classified) {
        if (classified && !getTabs().contains(documentsTab)) {
            getTabs().add(documentsTab);
        } else if (!classified) {
            getTabs().remove(documentsTab);
        }
    }

    /**
     * Marks the selected incident's row: a re-read list holds new rows, and a re-read incident equal to the one
     * shown before changes no value a change listener would see, yet the list's own selection was cleared.
     */
    private void showSelected() {
        Incident incident = viewModel.selectedProperty().get();
        if (incident != null && timelineList.getSelectionModel().getSelectedItem() != incident) {
            int row = timelineList.getItems().indexOf(incident);
            if (row >= 0) {
                timelineList.getSelectionModel().select(row);
                timelineList.getFocusModel().focus(row);
                timelineList.scrollTo(row);
            }
        }
    }

    /**
     * Shows the incident list (after a quick capture). When the keyboard focus was on the sub-tab this hides
     * (the left items, the document copies), or nowhere, it goes to the capture button, ready for the next
     * capture; focus elsewhere (the list, another tab of the meeting) stays where the person was working.
     */
    public void showIncidents() {
        getSelectionModel().select(incidentsTab);
        javafx.scene.Scene scene = getScene();
        if (scene == null || !showing(this)) {
            return;
        }
        javafx.scene.Node owner = scene.getFocusOwner();
        if (owner == null || owner == this || (inside(owner, this) && !inside(owner, incidentsPane))) {
            captureButton.requestFocus();
        }
    }

    private static boolean inside(javafx.scene.Node node, javafx.scene.Node container) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private static boolean showing(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

}
