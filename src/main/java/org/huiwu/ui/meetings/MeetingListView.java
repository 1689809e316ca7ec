package org.huiwu.ui.meetings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.huiwu.model.Meeting;
import org.huiwu.ui.common.EnumLabels;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;

/** The meeting list on the left of the main window; binds to {@link MeetingListViewModel}. FX thread only. */
public final class MeetingListView extends VBox {

    @FXML private TextField searchField;
    @FXML private ListView<Meeting> meetingList;
    @FXML private Button newButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private VBox emptyPlaceholder;

    private final MeetingListViewModel viewModel;
    private final EnumLabels labels;
    private final I18n i18n;
    private boolean selecting;

    public MeetingListView(MeetingListViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.labels = new EnumLabels(i18n);
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        meetingList.setItems(viewModel.visibleMeetings());
        meetingList.setCellFactory(list -> new MeetingCell());
        meetingList.setPlaceholder(emptyPlaceholder);
        emptyPlaceholder.visibleProperty().bind(viewModel.emptyProperty());
        duplicateButton.disableProperty().bind(viewModel.noSelectionProperty());
        deleteButton.disableProperty().bind(viewModel.noSelectionProperty());

        meetingList.getSelectionModel().selectedItemProperty().addListener((obs, old, meeting) -> {
            if (!selecting) {
                selecting = true;
                viewModel.selectedMeetingProperty().set(meeting);
                selecting = false;
            }
        });
        viewModel.selectedMeetingProperty().addListener((obs, old, meeting) -> {
            if (!selecting) {
                selecting = true;
                meetingList.getSelectionModel().select(meeting);
                selecting = false;
            }
        });
    }

    public void focusSearch() {
        searchField.requestFocus();
    }

    @FXML
    private void onNew() {
        viewModel.createMeeting();
    }

    @FXML
    private void onDuplicate() {
        viewModel.duplicateSelected();
    }

    @FXML
    private void onDelete() {
        viewModel.deleteSelected();
    }

    @FXML
    private void onOpenSample() {
        viewModel.openSample();
    }

    /** A meeting as two lines: the title, then date, time and category. */
    private final class MeetingCell extends ListCell<Meeting> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, title, details);

        MeetingCell() {
            title.getStyleClass().add("meeting-cell-title");
            details.getStyleClass().add("meeting-cell-details");
            title.setWrapText(true);
            details.setWrapText(true);
            setPrefWidth(0);
            viewModel.stageLabels().addListener((javafx.collections.MapChangeListener<java.util.UUID, String>) change -> {
                if (getItem() != null && getItem().id().equals(change.getKey())) {
                    showDetails(getItem());
                }
            });
        }

        /** As tall as the wrapped title needs at the list's width (no sideways scrolling, nothing cut). */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || width <= 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + box.prefHeight(width - snappedLeftInset() - snappedRightInset())
                    + snappedBottomInset();
        }

        @Override
        protected void updateItem(Meeting meeting, boolean empty) {
            super.updateItem(meeting, empty);
            if (empty || meeting == null) {
                setGraphic(null);
                return;
            }
            title.setText(meeting.title());
            showDetails(meeting);
            setGraphic(box);
        }

        /** Day, start, category and stage; the stage follows the meeting's stored stage changes in place. */
        private void showDetails(Meeting meeting) {
            details.setText(i18n.date(meeting.date()) + "  " + (meeting.startTime() == null ? "" : meeting.startTime() + "  ")
                    + labels.of(meeting.category()) + "  " + viewModel.stageLabels().getOrDefault(meeting.id(),
                            i18n.get(org.huiwu.model.flow.Stage.BOOKING.labelKey())));
        }
    }
}
