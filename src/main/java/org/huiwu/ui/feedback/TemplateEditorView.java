package org.huiwu.ui.feedback;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;

/**
 * The survey-template dialog's content: one row per item (Chinese and English label, retired) and one
 * per scale level (its labels). Binds to {@link TemplateEditorViewModel}. FX thread only.
 */
public final class TemplateEditorView extends VBox {

    @FXML private Label noteLabel;
    @FXML private VBox itemRows;
    @FXML private VBox levelRows;

    private final TemplateEditorViewModel viewModel;
    private final I18n i18n;

    public TemplateEditorView(TemplateEditorViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
        getStylesheets().add(Styles.SHEET);
    }

    @FXML
    private void initialize() {
        noteLabel.setText(viewModel.note());
        viewModel.items().addListener((ListChangeListener<TemplateEditorViewModel.ItemDraft>) change -> buildItems());
        viewModel.levels().addListener((ListChangeListener<TemplateEditorViewModel.LevelDraft>) change -> buildLevels());
        buildItems();
        buildLevels();
    }

    private void buildItems() {
        itemRows.getChildren().clear();
        int row = 0;
        for (TemplateEditorViewModel.ItemDraft item : viewModel.items()) {
            row++;
            TextField zh = field(item.labelZh(), "feedback.template.labelZh", "templateItemZh-" + row);
            TextField en = field(item.labelEn(), "feedback.template.labelEn", "templateItemEn-" + row);
            CheckBox retired = new CheckBox(i18n.get("feedback.template.retired"));
            retired.setId("templateItemRetired-" + row);
            retired.selectedProperty().bindBidirectional(item.retired());
            itemRows.getChildren().add(new HBox(6, zh, en, retired));
        }
    }

    private void buildLevels() {
        levelRows.getChildren().clear();
        for (TemplateEditorViewModel.LevelDraft level : viewModel.levels()) {
            Label name = new Label(level.scaleName());
            name.getStyleClass().add(Styles.RATING_LABEL);
            String id = level.base().scale().name() + "-" + level.base().level();
            levelRows.getChildren().add(new HBox(6, name, field(level.labelZh(), "feedback.template.labelZh",
                    "templateLevelZh-" + id), field(level.labelEn(), "feedback.template.labelEn", "templateLevelEn-" + id)));
        }
    }

    private TextField field(javafx.beans.property.StringProperty text, String promptKey, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(i18n.get(promptKey));
        field.setPrefColumnCount(12);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    @FXML private void onAddItem() { viewModel.addItem(); }
}
