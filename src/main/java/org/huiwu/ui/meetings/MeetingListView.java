package org.huiwu.ui.meetings;

import java.util.UUID;

import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.huiwu.model.Meeting;
import org.huiwu.model.flow.Stage;
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

    /**
     * A meeting as its title, then day, start, category and stage. Each of these four is kept whole on one
     * line ("In progress" never breaks); they flow onto a next line when the list is narrow.
     */
    private final class MeetingCell extends ListCell<Meeting> {
        private final Label title = new Label();
        private final Label day = piece();
        private final Label start = piece();
        private final Label category = piece();
        private final Label stage = piece();
        private final FlowPane details = new FlowPane(12, 0, day, start, category, stage);
        private final VBox box = new VBox(2, title, details);

        MeetingCell() {
            title.getStyleClass().add("meeting-cell-title");
            title.setWrapText(true);
            stage.setId("meetingStage");
            setPrefWidth(0);
            viewModel.stageLabels().addListener((MapChangeListener<UUID, String>) change -> {
                if (getItem() != null && getItem().id().equals(change.getKey())) {
                    showDetails(getItem());
                }
            });
        }

        private static Label piece() {
            Label piece = new Label();
            piece.getStyleClass().add("meeting-cell-details");
            piece.setMinWidth(Region.USE_PREF_SIZE);
            return piece;
        }

        /** As tall as the wrapped title and the flowed details need at the list's width (nothing cut). */
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
            day.setText(i18n.date(meeting.date()));
            start.setText(meeting.startTime() == null ? "" : meeting.startTime().toString());
            start.setManaged(meeting.startTime() != null);
            category.setText(labels.of(meeting.category()));
            stage.setText(viewModel.stageLabels().getOrDefault(meeting.id(), i18n.get(Stage.BOOKING.labelKey())));
        }
    }
}
