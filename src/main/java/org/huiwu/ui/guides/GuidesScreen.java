package org.huiwu.ui.guides;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.guides.GuideCorrections;
import org.huiwu.logic.guides.TrainingRecords;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.provenance.Provenance;

/**
 * The guides in the main window: a workspace screen over the meeting tabs, shown by F1 or by a guide
 * link from another screen ({@link #links()}), built the first time it shows. While the library says
 * the guides are shown, {@code AppState}'s shown screen is this one; leaving it (choosing a meeting, a
 * tab, closing the guides) gives the tab back. FX thread only.
 */
public final class GuidesScreen extends LazyScreen {

    public static final String ID = "guidesScreen";

    /** What the guides need from below the UI and from the window. */
    public record Services(GuideShelf shelf, TrainingRecords trainingRecords, TaskRunner databaseRunner,
            DialogService dialogs, FailureMessages failures, Displays displays, Supplier<Window> owner,
            Provenance provenance, GuideCorrections corrections) {
    }

    private final Services services;
    private final GuidePresentation presentation;
    private final AppState state;
    private final I18n i18n;
    private final GuideLibraryViewModel library;
    private final GuideLinks links;
    private String shownBefore;

    public GuidesScreen(Services services, GuidePresentation presentation, AppState state, I18n i18n) {
        super(ID, i18n.get("menu.view.guides"), Place.WORKSPACE);
        this.services = services;
        this.presentation = presentation;
        this.state = state;
        this.i18n = i18n;
        library = new GuideLibraryViewModel(services.shelf(), state, i18n);
        links = new GuideLinks(library);
        library.shownProperty().addListener((obs, was, shown) -> {
            String now = state.shownScreenProperty().get();
            if (shown && !ID.equals(now)) {
                shownBefore = now;
                state.show(ID);
            } else if (!shown && ID.equals(now)) {
                state.show(shownBefore);
            }
        });
        state.shownScreenProperty().addListener((obs, was, now) -> {
            if (!Objects.equals(now, ID)) {
                library.shownProperty().set(false);
            }
        });
        command(Command.of("menuGuides", i18n.get("menu.view.guides"), library::show).keys("F1")
                .inMenu("menu.view", 10));
    }

    @Override
    protected Node build() {
        return new GuidesPane(services, library, presentation, state, i18n);
    }

    /** Links other screens use to open a procedure guide. */
    public GuideLinks links() {
        return links;
    }

    /** Trainer mode of the guides (building them if they are not yet). */
    public TrainerMode trainerMode() {
        return ((GuidesPane) node()).trainerMode();
    }
}
