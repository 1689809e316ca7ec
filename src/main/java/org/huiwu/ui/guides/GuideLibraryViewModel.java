package org.huiwu.ui.guides;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.guides.GuideCatalogue;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideCategory;
import org.huiwu.model.guide.GuideProblem;
import org.huiwu.ui.common.AppState;

/**
 * The guide library: the catalogue filtered by category and by a search (title, captions, pinyin
 * initials), the problems of guides that did not load, and which guide is open. A guide asked for
 * before the catalogue has loaded opens once it has. FX thread only; loading runs through the
 * {@link GuideShelf}.
 */
public final class GuideLibraryViewModel {

    private final GuideShelf shelf;
    private final AppState state;
    private final I18n i18n;
    private final ObservableList<Guide> visibleGuides = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<GuideCategory> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<Guide> openGuide = new ReadOnlyObjectWrapper<>(this, "openGuide");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private GuideCatalogue catalogue;
    private String pendingGuideId;

    public GuideLibraryViewModel(GuideShelf shelf, AppState state, I18n i18n) {
        this.shelf = shelf;
        this.state = state;
        this.i18n = i18n;
        category.addListener((obs, old, now) -> filter());
        search.addListener((obs, old, now) -> filter());
        state.currentMeetingProperty().addListener((obs, old, now) -> shown.set(false));
        shown.addListener((obs, old, now) -> {
            if (now) {
                load();
            }
        });
    }

    /** Whether the guides take the window's workspace; choosing a meeting hides them. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Shows the guides in the workspace (loading the catalogue the first time). */
    public void show() {
        shown.set(true);
    }

    /** Gives the workspace back to the meeting. */
    public void hide() {
        shown.set(false);
    }

    /** Loads the catalogue if it has not been loaded yet. */
    public void load() {
        shelf.whenLoaded(this::loaded);
    }

    /** The categories to filter by; null stands for all guides. */
    public List<GuideCategory> categories() {
        List<GuideCategory> all = new ArrayList<>();
        all.add(null);
        all.addAll(Arrays.asList(GuideCategory.values()));
        return all;
    }

    public ObjectProperty<GuideCategory> categoryProperty() {
        return category;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Guide> visibleGuides() {
        return visibleGuides;
    }

    /** One line per guide that did not load, naming the guide. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Guide> openGuideProperty() {
        return openGuide.getReadOnlyProperty();
    }

    public void open(Guide guide) {
        openGuide.set(guide);
    }

    /** Opens the guide with {@code guideId}, now or as soon as the catalogue has loaded. */
    public void open(String guideId) {
        pendingGuideId = guideId;
        load();
    }

    /** Closes the open guide and shows the library again. */
    public void closeGuide() {
        openGuide.set(null);
    }

    /** The guide's title in the interface language. */
    public String title(Guide guide) {
        return guide.title().in(i18n.locale());
    }

    /** The second line of a guide in the list: its category and number of steps. */
    public String details(Guide guide) {
        return i18n.format("guides.list.details", categoryLabel(guide.category()), guide.steps().size());
    }

    public String categoryLabel(GuideCategory value) {
        return i18n.get(value == null ? "guides.category.all" : switch (value) {
            case POSTURE -> "guides.category.posture";
            case GUIDING -> "guides.category.guiding";
            case TEA -> "guides.category.tea";
            case TABLE_SETTING -> "guides.category.tableSetting";
            case SEATING -> "guides.category.seating";
            case DESK -> "guides.category.desk";
            case ROUTINE -> "guides.category.routine";
            case SAFETY -> "guides.category.safety";
        });
    }

    /** Puts a corrected guide in place of the one with its id, in the list and the shelf. */
    public void replace(Guide corrected) {
        shelf.replace(corrected);
        if (catalogue != null) {
            catalogue = catalogue.with(corrected);
            filter();
        }
    }

    /** Every loaded guide, in display order (for the training record's choice of guides). */
    public List<Guide> allGuides() {
        return catalogue == null ? List.of() : catalogue.guides();
    }

    private void loaded(GuideCatalogue loadedCatalogue) {
        catalogue = loadedCatalogue;
        problems.setAll(loadedCatalogue.problems().stream().map(this::problemText).toList());
        filter();
        loaded.set(true);
        if (pendingGuideId != null) {
            String id = pendingGuideId;
            pendingGuideId = null;
            loadedCatalogue.find(id).ifPresentOrElse(this::open,
                    () -> state.statusProperty().set(i18n.format("guides.notFound", id)));
        }
    }

    private String problemText(GuideProblem problem) {
        return i18n.format("guides.problem", problem.guideId(), problem.reason());
    }

    private void filter() {
        if (catalogue == null) {
            return;
        }
        GuideCategory wanted = category.get();
        visibleGuides.setAll(catalogue.search(search.get()).stream()
                .filter(g -> wanted == null || g.category() == wanted).toList());
    }
}
