package org.huiwu.ui.guides;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.model.guide.GuideStep;
import org.huiwu.ui.common.ViewLoader;

/**
 * One guide: the step list on the left, the large picture with its caption in the middle, and the key
 * points, common mistakes, variant notes and standard on the right. Arrow keys, Page Up/Down,
 * Home/End and swipes move between steps. Binds to {@link GuideViewModel}. FX thread only.
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
    @FXML private Label standardLabel;
    @FXML private Label unverifiedLabel;

    private final GuideViewModel viewModel;
    private final Runnable backToLibrary;
    private final Runnable present;
    private final Runnable recordTraining;
    private boolean syncing;

    public GuideView(GuideViewModel viewModel, I18n i18n, Runnable backToLibrary, Runnable present,
            Runnable recordTraining) {
        this.viewModel = viewModel;
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
        standardLabel.textProperty().bind(viewModel.standardProperty());
        Tooltip note = new Tooltip();
        note.textProperty().bind(viewModel.standardNoteProperty());
        note.setWrapText(true);
        note.setMaxWidth(420);
        standardLabel.setTooltip(note);
        unverifiedLabel.setTooltip(note);
        unverifiedLabel.visibleProperty().bind(viewModel.unverifiedProperty());
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
