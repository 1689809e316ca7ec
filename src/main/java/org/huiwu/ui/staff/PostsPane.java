package org.huiwu.ui.staff;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The posts-and-duties editor: per post its name and duties in Chinese and English and whether it is
 * retired. Built in code because the rows are data. Binds to {@link PostsViewModel}. FX thread only.
 */
final class PostsPane extends VBox {

    private final PostsViewModel model;
    private final GridPane rows = new GridPane();

    PostsPane(PostsViewModel model) {
        this.model = model;
        var i18n = model.texts().i18n();
        setSpacing(8);
        getStyleClass().add("staff-pane");
        rows.setHgap(6);
        rows.setVgap(6);
        ColumnConstraints name = new ColumnConstraints(90, 120, 200);
        ColumnConstraints duties = new ColumnConstraints(140, 260, Double.MAX_VALUE);
        duties.setHgrow(Priority.ALWAYS);
        rows.getColumnConstraints().setAll(name, duties, name, duties, new ColumnConstraints());
        Label note = new Label(i18n.get("staff.posts.note"));
        note.setWrapText(true);
        note.getStyleClass().add("staff-note");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button add = new Button(i18n.get("staff.posts.add"));
        add.setId("addPostButton");
        add.setOnAction(e -> model.addPost());
        Button save = new Button(i18n.get("staff.posts.save"));
        save.setId("savePostsButton");
        save.setOnAction(e -> model.save());
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add("staff-note");
        problem.textProperty().bind(model.problemProperty());
        model.drafts().addListener((ListChangeListener<PostsViewModel.PostDraft>) change -> rebuild());
        getChildren().addAll(note, scroll, new HBox(8, add, save), problem);
    }

    private void rebuild() {
        var i18n = model.texts().i18n();
        rows.getChildren().clear();
        rows.addRow(0, new Label(i18n.get("staff.posts.nameZh")), new Label(i18n.get("staff.posts.dutiesZh")),
                new Label(i18n.get("staff.posts.nameEn")), new Label(i18n.get("staff.posts.dutiesEn")),
                new Label(i18n.get("staff.posts.retired")));
        for (int i = 0; i < model.drafts().size(); i++) {
            PostsViewModel.PostDraft d = model.drafts().get(i);
            CheckBox retired = new CheckBox();
            retired.selectedProperty().bindBidirectional(d.retired());
            rows.addRow(i + 1, field(d.nameZh()), field(d.dutiesZh()), field(d.nameEn()), field(d.dutiesEn()), retired);
        }
    }

    private static TextField field(javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
