package org.huiwu.ui.guides;

import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.guides.GuideCorrections;
import org.huiwu.logic.guides.TrainingRecords;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FailureMessages;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.provenance.Provenance;

/**
 * The guides workspace: the library, or one open guide, with trainer mode and the training record form
 * reachable from the guide. Assembles the feature's ViewModels and views from what the composition root
 * hands in, and offers {@link GuideLinks} for other screens. FX thread only.
 */
public final class GuidesScreen extends StackPane {

    /** What the guides need from below the UI and from the window. */
    public record Services(GuideShelf shelf, TrainingRecords trainingRecords, TaskRunner databaseRunner,
            DialogService dialogs, FailureMessages failures, Displays displays, Supplier<Window> owner,
            Provenance provenance, GuideCorrections corrections) {
    }

    private final GuideLibraryViewModel library;
    private final GuideViewModel guide;
    private final GuideView guideView;
    private final GuideLibraryView libraryView;
    private final TrainerMode trainerMode;
    private final GuideLinks links;

    public GuidesScreen(Services services, GuidePresentation presentation, AppState state, I18n i18n) {
        library = new GuideLibraryViewModel(services.shelf(), state, i18n);
        guide = new GuideViewModel(presentation, services.shelf(), i18n);
        Provenance provenance = services.provenance();
        GuideSourcesViewModel sources = new GuideSourcesViewModel(presentation,
                provenance.sources(services.databaseRunner(), services.failures(), i18n), services.corrections(), services.databaseRunner(), services.failures(), i18n, provenance.zone(),
                corrected -> library.replace(corrected));
        links = new GuideLinks(library);
        trainerMode = new TrainerMode(presentation, services.shelf(), i18n, services.displays(), services.owner(),
                () -> {
                    state.statusProperty().set(i18n.get("guides.training.offer"));
                    focusGuide();
                });
        libraryView = new GuideLibraryView(library, i18n);
        guideView = new GuideView(guide, sources, i18n, library::closeGuide, trainerMode::start, () ->
                TrainingRecordView.showDialog(new TrainingRecordViewModel(services.trainingRecords(),
                        library.allGuides(), presentation, state, services.databaseRunner(), services.dialogs(),
                        services.failures(), i18n), i18n, services.owner().get()));
        getStyleClass().add("guides-screen");
        setId("guidesScreen");
        getChildren().setAll(libraryView, guideView);
        library.openGuideProperty().addListener((obs, old, opened) -> {
            if (opened != null) {
                guide.show(opened);
            }
            showOpenGuide();
        });
        library.shownProperty().addListener((obs, old, shown) -> {
            if (!shown) {
                trainerMode.stop();
            }
        });
        showOpenGuide();
    }

    /** Whether the guides take the workspace. */
    public BooleanProperty shownProperty() {
        return library.shownProperty();
    }

    public GuideLinks links() {
        return links;
    }

    public TrainerMode trainerMode() {
        return trainerMode;
    }

    private void showOpenGuide() {
        boolean open = library.openGuideProperty().get() != null;
        guideView.setVisible(open);
        libraryView.setVisible(!open);
        if (open) {
            focusGuide();
        }
    }

    private void focusGuide() {
        Platform.runLater(guideView::focusSteps);
    }
}
