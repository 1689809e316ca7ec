package org.huiwu.ui.guides;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;

/**
 * Trainer mode: presents the open guide full screen on the projector (the second display) while the
 * laptop shows the presenter view; with one display, a single full-screen projector view whose notes
 * panel N shows and hides, with a fading hint that names Esc and N. The projector beside a presenter
 * view never shows notes or hints. Both stages follow the one {@link GuidePresentation} and take the same keys (clicker
 * Page Up/Down, arrows, Home/End, B for black, Esc to end). Starting never blocks; ending (Esc, the end
 * button or closing a stage) closes both and leaves the guide open at the step reached. FX thread only.
 */
public final class TrainerMode {

    private final GuidePresentation presentation;
    private final GuideShelf shelf;
    private final I18n i18n;
    private final Displays displays;
    private final Supplier<Window> owner;
    private final Runnable onEnded;
    private Stage projectorStage;
    private Stage presenterStage;
    private ProjectorViewModel projectorModel;
    private PresenterViewModel presenterModel;
    private ProjectorView projectorView;
    private PresenterView presenterView;

    public TrainerMode(GuidePresentation presentation, GuideShelf shelf, I18n i18n, Displays displays,
            Supplier<Window> owner, Runnable onEnded) {
        this.presentation = presentation;
        this.shelf = shelf;
        this.i18n = i18n;
        this.displays = displays;
        this.owner = owner;
        this.onEnded = onEnded;
    }

    /** Starts presenting the open guide; does nothing when no guide is open or already presenting. */
    public void start() {
        if (isRunning() || presentation.guide() == null) {
            return;
        }
        List<Rectangle2D> screens = displays.bounds();
        Rectangle2D projector = screens.size() > 1 ? screens.get(1) : screens.get(0);
        presentation.startPresenting();
        projectorModel = new ProjectorViewModel(presentation, shelf, i18n.locale(), (int) projector.getWidth(),
                (int) projector.getHeight(), screens.size() == 1);
        projectorView = new ProjectorView(projectorModel, i18n);
        projectorStage = stage(projectorView, projector, "guides.projector.title");
        projectorStage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        projectorStage.setFullScreenExitHint("");
        projectorStage.setFullScreen(true);
        if (screens.size() > 1) {
            presenterModel = new PresenterViewModel(presentation, shelf, i18n);
            presenterView = new PresenterView(presenterModel, i18n, this::stop);
            presenterStage = stage(presenterView, screens.get(0), "guides.presenter.title");
            presenterStage.setMaximized(true);
            presenterStage.show();
        }
        projectorStage.show();
        projectorView.showHint();
    }

    /** Ends trainer mode: closes both stages; the guide stays at the step reached. */
    public void stop() {
        if (!isRunning()) {
            return;
        }
        presentation.stopPresenting();
        Stage projector = projectorStage;
        Stage presenter = presenterStage;
        projectorStage = null;
        presenterStage = null;
        projectorModel.close();
        if (presenterModel != null) {
            presenterModel.close();
            presenterView.close();
        }
        projectorModel = null;
        presenterModel = null;
        projectorView = null;
        presenterView = null;
        projector.hide();
        if (presenter != null) {
            presenter.hide();
        }
        onEnded.run();
    }

    public boolean isRunning() {
        return projectorStage != null;
    }

    /** The full-screen stage on the projector, while running. */
    public Optional<Stage> projectorStage() {
        return Optional.ofNullable(projectorStage);
    }

    /** The presenter's stage on the laptop, while running with two displays. */
    public Optional<Stage> presenterStage() {
        return Optional.ofNullable(presenterStage);
    }

    /** The projector's view, while running. */
    public Optional<ProjectorView> projectorView() {
        return Optional.ofNullable(projectorView);
    }

    private Stage stage(Parent content, Rectangle2D bounds, String titleKey) {
        Stage stage = new Stage();
        Window main = owner.get();
        if (main != null) {
            stage.initOwner(main);
        }
        stage.setTitle(i18n.get(titleKey));
        Scene scene = new Scene(content, bounds.getWidth(), bounds.getHeight());
        if (main != null && main.getScene() != null) {
            scene.getStylesheets().setAll(main.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setOnHidden(event -> stop());
        return stage;
    }

    private void onKey(KeyEvent event) {
        switch (GuideKeys.of(event)) {
            case NEXT -> presentation.next();
            case PREVIOUS -> presentation.previous();
            case FIRST -> presentation.first();
            case LAST -> presentation.last();
            case BLACKOUT -> presentation.toggleBlackout();
            case NOTES -> projectorModel.toggleNotes();
            case END -> stop();
            default -> {
                return;
            }
        }
        event.consume();
    }
}
