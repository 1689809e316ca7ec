package org.huiwu.ui.staff;

import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The supervisor's editor of the assessment form: each item's Chinese and English label and full marks;
 * saving makes a new version (assessments keep the version they were made with). Built in code because
 * the rows are data. Binds to {@link AssessmentViewModel}. FX thread only.
 */
final class TemplatePane extends VBox {

    private final AssessmentViewModel model;
    private final GridPane rows = new GridPane();

    TemplatePane(AssessmentViewModel model, Supplier<String> by) {
        this.model = model;
        var i18n = model.texts().i18n();
        setSpacing(8);
        getStyleClass().add("staff-pane");
        rows.setHgap(8);
        rows.setVgap(6);
        Label note = new Label(i18n.get("staff.assess.templateNote"));
        note.setWrapText(true);
        note.getStyleClass().add("staff-note");
        Button add = new Button(i18n.get("staff.assess.addItem"));
        add.setId("addAssessmentItemButton");
        add.setOnAction(e -> model.addItem());
        Button save = new Button(i18n.get("staff.assess.saveTemplate"));
        save.setId("saveAssessmentTemplateButton");
        save.setOnAction(e -> model.saveTemplate(by.get()));
        model.drafts().addListener((ListChangeListener<AssessmentViewModel.ItemDraft>) change -> rebuild());
        getChildren().addAll(note, rows, new HBox(8, add, save));
    }

    private void rebuild() {
        rows.getChildren().clear();
        var i18n = model.texts().i18n();
        rows.addRow(0, new Label(i18n.get("staff.assess.labelZh")), new Label(i18n.get("staff.assess.labelEn")),
                new Label(i18n.get("staff.assess.max")));
        for (int i = 0; i < model.drafts().size(); i++) {
            AssessmentViewModel.ItemDraft draft = model.drafts().get(i);
            TextField zh = new TextField();
            zh.textProperty().bindBidirectional(draft.labelZh());
            TextField en = new TextField();
            en.textProperty().bindBidirectional(draft.labelEn());
            Spinner<Integer> max = new Spinner<>(1, 1000, draft.maxScore().get());
            max.setEditable(true);
            max.setPrefWidth(90);
            org.huiwu.ui.control.CountField.install(max);
            max.valueProperty().addListener((o, was, now) -> draft.maxScore().set(now == null ? 0 : now));
            rows.addRow(i + 1, zh, en, max);
        }
    }
}
