package org.huiwu.ui.guides;

import java.awt.image.BufferedImage;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;

/**
 * The trainer's laptop view during a presentation: current step large, next step small, the key points
 * and common mistakes as notes, the timer (a one-second {@link Timeline} asks the ViewModel to read the
 * clock) and a strip of thumbnails to jump to any step. Binds to {@link PresenterViewModel}. FX thread
 * only; {@link #close()} stops the timer.
 */
public final class PresenterView extends BorderPane {

    @FXML private Label titleLabel;
    @FXML private Label stepLabel;
    @FXML private Label timerLabel;
    @FXML private Label blackedOutLabel;
    @FXML private StackPane currentHolder;
    @FXML private ImageView currentPicture;
    @FXML private Label captionLabel;
    @FXML private ImageView nextPicture;
    @FXML private Label nextCaptionLabel;
    @FXML private VBox keyPointsBox;
    @FXML private VBox mistakesBox;
    @FXML private ListView<PresenterViewModel.Thumbnail> thumbnailStrip;

    private final PresenterViewModel viewModel;
    private final Runnable end;
    private final Timeline ticker;
    private boolean syncing;

    public PresenterView(PresenterViewModel viewModel, I18n i18n, Runnable end) {
        this.viewModel = viewModel;
        this.end = end;
        ViewLoader.load(this, i18n);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        viewModel.tick();
        ticker.play();
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        stepLabel.textProperty().bind(viewModel.stepTextProperty());
        timerLabel.textProperty().bind(viewModel.timerProperty());
        blackedOutLabel.visibleProperty().bind(viewModel.blackoutProperty());
        captionLabel.textProperty().bind(viewModel.captionProperty());
        nextCaptionLabel.textProperty().bind(viewModel.nextCaptionProperty());
        Pictures.fit(viewModel.currentPicture(), currentPicture, currentHolder);
        Pictures.show(viewModel.nextPicture(), nextPicture);
        keyPointsBox.getChildren().add(new NoteList(viewModel.keyPoints(), "key-point"));
        mistakesBox.getChildren().add(new NoteList(viewModel.mistakes(), "mistake"));

        thumbnailStrip.setItems(viewModel.thumbnails());
        thumbnailStrip.setCellFactory(list -> new ThumbnailCell());
        thumbnailStrip.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!syncing && index.intValue() >= 0) {
                viewModel.jumpTo(index.intValue());
            }
        });
        viewModel.stepNumberProperty().addListener((obs, old, number) -> selectThumbnail());
        selectThumbnail();
    }

    /** Stops the timer; the view is done with. */
    public void close() {
        ticker.stop();
    }

    private void selectThumbnail() {
        syncing = true;
        thumbnailStrip.getSelectionModel().select(viewModel.stepIndex());
        thumbnailStrip.scrollTo(Math.max(0, viewModel.stepIndex() - 2));
        syncing = false;
    }

    @FXML private void onPrevious() { viewModel.previous(); }
    @FXML private void onNext() { viewModel.next(); }
    @FXML private void onBlackout() { viewModel.toggleBlackout(); }
    @FXML private void onEnd() { end.run(); }

    /** A thumbnail: the step's small picture over its number; follows its slot while shown. */
    private static final class ThumbnailCell extends ListCell<PresenterViewModel.Thumbnail> {
        private final ImageView image = new ImageView();
        private final Label number = new Label();
        private final VBox box = new VBox(2, image, number);
        private final ChangeListener<BufferedImage> onDrawn = (obs, old, drawn) -> show(drawn);
        private IllustrationSlot slot;

        ThumbnailCell() {
            box.getStyleClass().add("thumbnail");
            number.getStyleClass().add("thumbnail-number");
            image.setPreserveRatio(true);
            image.setFitWidth(150);
            image.setFitHeight(94);
        }

        @Override
        protected void updateItem(PresenterViewModel.Thumbnail thumbnail, boolean empty) {
            super.updateItem(thumbnail, empty);
            if (slot != null) {
                slot.imageProperty().removeListener(onDrawn);
                slot = null;
            }
            if (empty || thumbnail == null) {
                setGraphic(null);
                return;
            }
            slot = thumbnail.picture();
            slot.imageProperty().addListener(onDrawn);
            show(slot.imageProperty().get());
            number.setText(thumbnail.label());
            setGraphic(box);
        }

        private void show(BufferedImage drawn) {
            image.setImage(drawn == null ? null : SwingFXUtils.toFXImage(drawn, null));
        }
    }
}
