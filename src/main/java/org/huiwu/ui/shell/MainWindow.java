package org.huiwu.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.huiwu.ui.attendees.AttendeeTableView;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.meetings.MeetingFormView;
import org.huiwu.ui.meetings.MeetingListView;
import org.huiwu.ui.meetings.MeetingListViewModel;

/**
 * The main window: menu bar, meeting list on the left, the open meeting's tabs on the right and a
 * status bar. Binds to {@link MainWindowViewModel}; the feature views are built by the composition
 * root and placed here. FX thread only.
 */
public final class MainWindow extends BorderPane {

    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private SplitPane split;
    @FXML private StackPane workspace;
    @FXML private Label noMeetingLabel;
    @FXML private TabPane meetingTabs;
    @FXML private Tab detailsTab;
    @FXML private Tab attendeesTab;
    @FXML private Tab seatingTab;
    @FXML private Tab roundsTab;
    @FXML private Tab incidentsTab;
    @FXML private Tab checklistsTab;
    @FXML private Tab feedbackTab;
    @FXML private Tab flowTab;
    @FXML private Label statusLabel;
    @FXML private Label dataFolderLabel;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem duplicateItem;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem addAttendeeItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem conflictsItem;
    private ExportMenu exportMenu = new ExportMenu(() -> { }, () -> { }, () -> { }, () -> { }, () -> { });

    /** What the export, merge, conflict and backup items of the Meeting menu do. */
    public record ExportMenu(Runnable export, Runnable merge, Runnable conflicts, Runnable backUp, Runnable restore) {
    }

    private final MainWindowViewModel viewModel;
    private final MeetingListViewModel meetings;
    private final MeetingListView meetingList;
    private final MeetingFormView meetingForm;
    private final AttendeeTableView attendeeTable;
    private final javafx.scene.Node seating;
    private final javafx.scene.Node rounds;
    private BooleanProperty guidesShown;
    private Runnable captureIncident = () -> { };
    private Runnable openVenue = () -> { };

    public MainWindow(MainWindowViewModel viewModel, MeetingListViewModel meetings, MeetingListView meetingList,
            MeetingFormView meetingForm, AttendeeTableView attendeeTable, javafx.scene.Node seating, javafx.scene.Node rounds, I18n i18n) {
        this.viewModel = viewModel;
        this.meetings = meetings;
        this.meetingList = meetingList;
        this.meetingForm = meetingForm;
        this.attendeeTable = attendeeTable;
        this.seating = seating;
        this.rounds = rounds;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        split.getItems().add(0, meetingList);
        SplitPane.setResizableWithParent(meetingList, false);
        split.setDividerPositions(0.19);
        detailsTab.setContent(meetingForm);
        attendeesTab.setContent(attendeeTable);
        seatingTab.setContent(seating);
        roundsTab.setContent(rounds);
        rounds.visibleProperty().bind(roundsTab.selectedProperty());
        meetingTabs.visibleProperty().bind(viewModel.state().currentMeetingProperty().isNotNull());
        noMeetingLabel.visibleProperty().bind(meetingTabs.visibleProperty().not());
        statusLabel.textProperty().bind(viewModel.status());
        dataFolderLabel.setText(viewModel.dataFolderText());
        var noMeeting = viewModel.state().currentMeetingProperty().isNull();
        saveItem.disableProperty().bind(noMeeting);
        duplicateItem.disableProperty().bind(noMeeting);
        deleteItem.disableProperty().bind(noMeeting);
        importItem.disableProperty().bind(noMeeting);
        addAttendeeItem.disableProperty().bind(noMeeting);
        exportItem.disableProperty().bind(noMeeting);
        conflictsItem.disableProperty().bind(noMeeting);
    }

    /**
     * Puts the guides into the workspace, over the meeting tabs while {@code shown} is true; they need no
     * meeting. The menu's guides item sets {@code shown}.
     */
    public void installGuides(javafx.scene.Node guides, BooleanProperty shown) {
        guidesShown = shown;
        workspace.getChildren().add(guides);
        guides.visibleProperty().bind(shown);
        meetingTabs.visibleProperty().unbind();
        meetingTabs.visibleProperty().bind(viewModel.state().currentMeetingProperty().isNotNull().and(shown.not()));
        noMeetingLabel.visibleProperty().unbind();
        noMeetingLabel.visibleProperty().bind(meetingTabs.visibleProperty().not().and(shown.not()));
    }

    /** Puts the incidents screen into its tab; {@code capture} opens quick capture (Ctrl+I, from any tab). */
    public void installIncidents(javafx.scene.Node incidents, Runnable capture) {
        incidentsTab.setContent(incidents);
        captureIncident = capture;
    }

    /** Adds the seating screen's menu to the menu bar, after the attendees menu; its items open the seating tab. */
    public void installSeatingMenu(org.huiwu.ui.seating.SeatingMenu menu) {
        menuBar.getMenus().add(2, menu.menuBarMenu(() -> meetingTabs.getSelectionModel().select(seatingTab),
                seatingTab.selectedProperty(), viewModel.state().currentMeetingProperty().isNull()));
    }

    /** Puts the service checklists into their tab; the content is visible only while the tab is selected. */
    public void installChecklists(javafx.scene.Node checklists) {
        checklistsTab.setContent(checklists);
        checklists.visibleProperty().bind(checklistsTab.selectedProperty());
    }

    /** Puts the feedback screen (surveys and complaints) into its tab. */
    public void installFeedback(javafx.scene.Node feedback) {
        feedbackTab.setContent(feedback);
    }

    /** Puts the meeting's flow (stages, work order) into its tab; {@code venue} opens the 会场 window. */
    public void installFlow(javafx.scene.Node flow, Runnable venue) {
        flowTab.setContent(flow);
        flow.visibleProperty().bind(flowTab.selectedProperty());
        openVenue = venue;
    }

    /** Sets what "Meeting → Export…", merging, the conflict list, backing up and restoring do. */
    public void installExport(ExportMenu menu) {
        exportMenu = menu;
    }

    /** Shows the seating tab (the empty tea board's way to arrange the seats). */
    public void showSeating() {
        meetingTabs.getSelectionModel().select(seatingTab);
    }

    /** Shows the attendee tab (used after an import). */
    public void showAttendees() {
        meetingTabs.getSelectionModel().select(attendeesTab);
    }

    @FXML private void onNewMeeting() { meetings.createMeeting(); }
    @FXML private void onSaveMeeting() { meetingForm.save(); }
    @FXML private void onDuplicateMeeting() { meetings.duplicateSelected(); }
    @FXML private void onDeleteMeeting() { meetings.deleteSelected(); }
    @FXML private void onOpenSample() { meetings.openSample(); }
    @FXML private void onFind() { meetingList.focusSearch(); }
    @FXML private void onExport() { exportMenu.export().run(); }
    @FXML private void onMerge() { exportMenu.merge().run(); }
    @FXML private void onConflicts() { exportMenu.conflicts().run(); }
    @FXML private void onBackUp() { exportMenu.backUp().run(); }
    @FXML private void onRestore() { exportMenu.restore().run(); }
    @FXML private void onQuit() { viewModel.commands().quit().run(); }
    @FXML private void onSettings() { viewModel.commands().openSettings().run(); }
    @FXML
    private void onShowGuides() {
        if (guidesShown != null) {
            guidesShown.set(true);
        }
    }

    @FXML private void onCaptureIncident() { captureIncident.run(); }
    @FXML private void onVenue() { openVenue.run(); }
    @FXML private void onToggleTheme() { viewModel.commands().toggleTheme().run(); }

    @FXML
    private void onImport() {
        showAttendees();
        viewModel.commands().importAttendees().run();
    }

    @FXML
    private void onAddAttendee() {
        showAttendees();
        attendeeTable.onAdd();
    }

    @FXML
    private void onFilterAttendees() {
        showAttendees();
        attendeeTable.focusFilter();
    }
}
