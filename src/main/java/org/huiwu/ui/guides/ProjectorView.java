package org.huiwu.ui.guides;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;

/**
 * What the trainees see on the projector: the current step's picture and caption on a dark ground, or
 * a black screen while blacked out. Binds to {@link ProjectorViewModel}. FX thread only.
 */
public final class ProjectorView extends StackPane {

    @FXML private StackPane pictureHolder;
    @FXML private ImageView picture;
    @FXML private Label captionLabel;
    @FXML private Region blackScreen;

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
