package org.huiwu.ui.guides;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;

/**
 * What the trainees see on the projector: the current step's picture and caption on a dark ground, or
 * a black screen while blacked out. On the trainer's only screen it also holds the notes panel (key
 * points and common mistakes, shown by N) and a hint naming Esc and N that fades after a few seconds;
 * beside a presenter view neither is ever shown. Binds to {@link ProjectorViewModel}. FX thread only.
 */
public final class ProjectorView extends StackPane {

    /** How long the hint stays before it fades. */
    static final Duration HINT_SHOWN = Duration.seconds(4);
    private static final Duration HINT_FADE = Duration.seconds(1);

    @FXML private StackPane pictureHolder;
    @FXML private ImageView picture;
    @FXML private Label captionLabel;
    @FXML private ScrollPane notesPane;
    @FXML private VBox keyPointsBox;
    @FXML private VBox mistakesBox;
    @FXML private Region blackScreen;
    @FXML private Label hintLabel;

    private final ProjectorViewModel viewModel;

    public ProjectorView(ProjectorViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        Pictures.fit(viewModel.picture(), picture, pictureHolder);
        captionLabel.textProperty().bind(viewModel.captionProperty());
        blackScreen.visibleProperty().bind(viewModel.blackoutProperty());
        keyPointsBox.getChildren().add(new NoteList(viewModel.keyPoints(), "key-point"));
        mistakesBox.getChildren().add(new NoteList(viewModel.mistakes(), "mistake"));
        notesPane.visibleProperty().bind(viewModel.notesShownProperty());
        notesPane.managedProperty().bind(notesPane.visibleProperty());
        hintLabel.setVisible(false);
    }

    /** Shows the hint (Esc leaves, N shows the notes) for a few seconds on the trainer's only screen. */
    void showHint() {
        if (!viewModel.notesAllowed()) {
            return;
        }
        hintLabel.setOpacity(1);
        hintLabel.setVisible(true);
        FadeTransition fade = new FadeTransition(HINT_FADE, hintLabel);
        fade.setToValue(0);
        SequentialTransition hint = new SequentialTransition(new PauseTransition(HINT_SHOWN), fade);
        hint.setOnFinished(event -> hintLabel.setVisible(false));
        hint.play();
    }

    /** True while the projector shows black (for tests and the presenter's indicator). */
    public boolean isBlack() {
        return blackScreen.isVisible();
    }

    /** The caption on the projector. */
    public String caption() {
        return captionLabel.getText();
    }
}
