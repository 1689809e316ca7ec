package org.huiwu.ui.guides;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideCategory;
import org.huiwu.ui.common.ViewLoader;

/**
 * The guide library: search field, category buttons, a banner naming guides that did not load, and
 * the list of guides (a click or Enter opens one). Binds to {@link GuideLibraryViewModel}. FX thread only.
 */
public final class GuideLibraryView extends VBox {

    @FXML private TextField searchField;
    @FXML private FlowPane categoryBar;
    @FXML private Label problemsLabel;
    @FXML private ListView<Guide> guideList;
    @FXML private Label emptyLabel;

    private final GuideLibraryViewModel viewModel;
    private final ToggleGroup categories = new ToggleGroup();

    public GuideLibraryView(GuideLibraryViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        for (GuideCategory category : viewModel.categories()) {
            ToggleButton button = new ToggleButton(viewModel.categoryLabel(category));
            button.setUserData(category);
            button.setToggleGroup(categories);
            button.getStyleClass().add("guide-category");
            button.setSelected(category == viewModel.categoryProperty().get());
            categoryBar.getChildren().add(button);
        }
        categories.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.categoryProperty().set((GuideCategory) now.getUserData());
            }
        });
        problemsLabel.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", viewModel.problems()), viewModel.problems()));
        problemsLabel.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        guideList.setItems(viewModel.visibleGuides());
        guideList.setPlaceholder(emptyLabel);
        emptyLabel.visibleProperty().bind(viewModel.loadedProperty());
        guideList.setCellFactory(list -> new GuideCell());
        guideList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && guideList.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(guideList.getSelectionModel().getSelectedItem());
            }
        });
    }

    @FXML
    private void onClose() {
        viewModel.hide();
    }

    /** A guide as two lines: its title, then its category and number of steps. Click opens it. */
    private final class GuideCell extends ListCell<Guide> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, title, details);

        GuideCell() {
            title.getStyleClass().add("guide-cell-title");
            details.getStyleClass().add("guide-cell-details");
            setOnMouseClicked(event -> {
                if (getItem() != null) {
                    viewModel.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Guide guide, boolean empty) {
            super.updateItem(guide, empty);
            if (empty || guide == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            title.setText(viewModel.title(guide));
            details.setText(viewModel.details(guide));
            setId("guide-" + guide.id());
            setGraphic(box);
        }
    }
}
