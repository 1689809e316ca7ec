package org.huiwu.ui.guides;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.model.guide.GuideStep;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.provenance.CheckMark;
import org.huiwu.ui.provenance.SourcesPanel;

/**
 * One guide: the step list on the left, the large picture with its caption in the middle, and the key
 * points, common mistakes and variant notes on the right. The 来源 (sources) button puts the guide's
 * sources panel in place of the notes, with its check against the standard and the supervisor's
 * correction of the step's texts; a small mark beside the title says when the guide was checked. Arrow
 * keys, Page Up/Down, Home/End and swipes move between steps. Binds to {@link GuideViewModel} and
 * {@link GuideSourcesViewModel}. FX thread only.
 */
public final class GuideView extends BorderPane {

    @FXML private Label titleLabel;
    @FXML private Label stepLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private ListView<GuideStep> stepList;
    @FXML private StackPane pictureHolder;
    @FXML private ImageView picture;
    @FXML private Label pictureFailedLabel;
    @FXML private Label captionLabel;
    @FXML private Label purposeLabel;
    @FXML private VBox keyPointsBox;
    @FXML private VBox mistakesBox;
    @FXML private VBox variantsBox;
    @FXML private HBox markHolder;
    @FXML private ToggleButton sourcesButton;
    @FXML private ScrollPane notesPane;
    @FXML private ScrollPane sourcesPane;

    private final GuideViewModel viewModel;
    private final GuideSourcesViewModel sources;
    private final I18n i18n;
    private final Runnable backToLibrary;
    private final Runnable present;
    private final Runnable recordTraining;
    private boolean syncing;

    public GuideView(GuideViewModel viewModel, GuideSourcesViewModel sources, I18n i18n, Runnable backToLibrary,
            Runnable present, Runnable recordTraining) {
        this.viewModel = viewModel;
        this.sources = sources;
        this.i18n = i18n;
        this.backToLibrary = backToLibrary;
        this.present = present;
        this.recordTraining = recordTraining;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        stepLabel.textProperty().bind(viewModel.stepTextProperty());
        previousButton.disableProperty().bind(viewModel.atFirstProperty());
        nextButton.disableProperty().bind(viewModel.atLastProperty());
        captionLabel.textProperty().bind(viewModel.captionProperty());
        purposeLabel.textProperty().bind(viewModel.purposeProperty());
        keyPointsBox.getChildren().add(new NoteList(viewModel.keyPoints(), "key-point"));
        mistakesBox.getChildren().add(new NoteList(viewModel.mistakes(), "mistake"));
        variantsBox.getChildren().add(new NoteList(viewModel.variants(), "variant"));
        variantsBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.variants()));
        variantsBox.managedProperty().bind(variantsBox.visibleProperty());
        installSources();
        pictureFailedLabel.visibleProperty().bind(viewModel.picture().failedProperty());
        Pictures.fit(viewModel.picture(), picture, pictureHolder);

        stepList.setItems(viewModel.steps());
        stepList.setCellFactory(list -> new StepCell());
        stepList.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!syncing && index.intValue() >= 0) {
                viewModel.jumpTo(index.intValue());
            }
        });
        viewModel.presentation().stepIndexProperty().addListener((obs, old, index) -> selectStep());
        viewModel.steps().addListener((ListChangeListener<GuideStep>) change -> selectStep());
        selectStep();

        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setOnSwipeLeft(event -> viewModel.next());
        setOnSwipeRight(event -> viewModel.previous());
    }

    private void installSources() {
        CheckMark mark = new CheckMark(sources.sources(), i18n);
        mark.setId("guideCheckMark");
        markHolder.getChildren().add(mark);
        SourcesPanel panel = new SourcesPanel(sources.sources(), i18n);
        javafx.scene.control.Button correct = new javafx.scene.control.Button(i18n.get("sources.guide.correct"));
        correct.setId("correctStepButton");
        correct.setOnAction(event -> {
            sources.correction().startCorrecting();
            GuideCorrectionDialog.show(sources.correction(), i18n, getScene() == null ? null : getScene().getWindow());
        });
        panel.addAction(correct);
        panel.getStyleClass().add("guide-notes-content");
        sourcesPane.setContent(panel);
        sourcesButton.selectedProperty().bindBidirectional(sources.shownProperty());
        sourcesPane.visibleProperty().bind(sources.shownProperty());
        notesPane.visibleProperty().bind(sources.shownProperty().not());
    }

    /** Gives the keyboard to the guide so the arrow keys step through it. */
    public void focusSteps() {
        stepList.requestFocus();
    }

    private void onKey(KeyEvent event) {
        switch (GuideKeys.of(event)) {
            case NEXT -> viewModel.next();
            case PREVIOUS -> viewModel.previous();
            case FIRST -> viewModel.first();
            case LAST -> viewModel.last();
            case END -> backToLibrary.run();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void selectStep() {
        syncing = true;
        stepList.getSelectionModel().select(viewModel.stepIndex());
        stepList.scrollTo(Math.max(0, viewModel.stepIndex() - 2));
        syncing = false;
    }

    @FXML private void onBack() { backToLibrary.run(); }
    @FXML private void onPrevious() { viewModel.previous(); }
    @FXML private void onNext() { viewModel.next(); }
    @FXML private void onPresent() { present.run(); }
    @FXML private void onRecordTraining() { recordTraining.run(); }

    /** A step in the list: number and caption, wrapped. */
    private final class StepCell extends ListCell<GuideStep> {
        StepCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(GuideStep step, boolean empty) {
            super.updateItem(step, empty);
            setText(empty || step == null ? null : viewModel.stepLabel(step));
        }
    }
}
