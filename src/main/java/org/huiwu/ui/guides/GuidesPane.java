package org.huiwu.ui.guides;


import javafx.application.Platform;
import javafx.scene.layout.StackPane;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.provenance.Provenance;

/**
 * The guides workspace's content: the library, or one open guide, with trainer mode and the training
 * record form reachable from the guide. Built by {@link GuidesScreen} the first time the guides show.
 * FX thread only.
 */
final class GuidesPane extends StackPane {

    private final GuideLibraryViewModel library;
    private final GuideViewModel guide;
    private final GuideView guideView;
    private final GuideLibraryView libraryView;
    private final TrainerMode trainerMode;

    GuidesPane(GuidesScreen.Services services, GuideLibraryViewModel library, GuidePresentation presentation,
            AppState state, I18n i18n) {
        this.library = library;
        guide = new GuideViewModel(presentation, services.shelf(), i18n);
        Provenance provenance = services.provenance();
        GuideSourcesViewModel sources = new GuideSourcesViewModel(presentation,
                provenance.sources(services.databaseRunner(), services.failures(), i18n), services.corrections(), services.databaseRunner(), services.failures(), i18n, provenance.zone(),
                corrected -> library.replace(corrected));
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
        if (library.openGuideProperty().get() != null) {
            guide.show(library.openGuideProperty().get());
        }
        showOpenGuide();
    }

    TrainerMode trainerMode() {
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
