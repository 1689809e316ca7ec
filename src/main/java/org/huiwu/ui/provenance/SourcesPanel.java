package org.huiwu.ui.provenance;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;

/**
 * The sources (来源) panel of a guide or a template editor: where the texts come from and how firm that
 * is, whether and how they were checked against the printed standard, and the supervisor's form to mark
 * them checked (clause, name). A feature may add its own actions below (a guide adds "correct this step").
 * The same panel for every kind of item; binds to {@link SourcesViewModel}. FX thread only.
 */
public final class SourcesPanel extends VBox {

    /** The panel's stylesheet. */
    static final String SHEET = SourcesPanel.class.getResource("/org/huiwu/ui/provenance/sources.css")
            .toExternalForm();

    private final VBox notes = new VBox(4);
    private final VBox actions = new VBox(6);

    public SourcesPanel(SourcesViewModel viewModel, I18n i18n) {
        setSpacing(8);
        setId("sourcesPanel");
        getStyleClass().add("sources-panel");
        getStylesheets().add(SHEET);
        Label heading = new Label(i18n.get("sources.heading"));
        heading.getStyleClass().add("sources-heading");
        viewModel.notes().addListener((ListChangeListener<String>) change -> fill(viewModel));
        fill(viewModel);

        Label status = new Label();
        status.setId("sourcesStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("sources-status");
        viewModel.checkedProperty().addListener((obs, old, now) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("checked"), now));

        TextField clause = field(viewModel.clauseProperty(), "sourcesClause", i18n.get("sources.clause"));
        TextField checker = field(viewModel.checkerProperty(), "sourcesChecker", i18n.get("sources.checker"));
        Button mark = new Button(i18n.get("sources.markChecked"));
        mark.setId("sourcesMarkButton");
        mark.setMinWidth(USE_PREF_SIZE);
        mark.setOnAction(event -> viewModel.markChecked());
        Label markHelp = new Label(i18n.get("sources.markHelp"));
        markHelp.setWrapText(true);
        markHelp.getStyleClass().add("sources-help");
        Label problem = new Label();
        problem.setId("sourcesProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem-text");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().setAll(heading, notes, status, markHelp, clause, checker, mark, problem, actions);
    }

    /**
     * A template editor with its sources: the editor in the middle, the check mark above it and the sources
     * panel on its right.
     */
    public static BorderPane beside(Node editor, SourcesViewModel sources, I18n i18n) {
        ScrollPane panel = new ScrollPane(new SourcesPanel(sources, i18n));
        panel.setFitToWidth(true);
        panel.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        panel.setPrefWidth(280);
        panel.getStyleClass().add("sources-side");
        BorderPane.setMargin(panel, new javafx.geometry.Insets(0, 0, 0, 12));
        CheckMark mark = new CheckMark(sources, i18n);
        mark.setId("templateCheckMark");
        BorderPane.setMargin(mark, new javafx.geometry.Insets(0, 0, 6, 0));
        BorderPane pane = new BorderPane(editor, mark, panel, null, null);
        pane.getStylesheets().add(SHEET);
        return pane;
    }

    /** Adds a feature's own action (a button) below the form. */
    public void addAction(Node action) {
        actions.getChildren().add(action);
    }

    private void fill(SourcesViewModel viewModel) {
        notes.getChildren().setAll(viewModel.notes().stream().map(text -> {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("sources-note");
            return line;
        }).toList());
    }

    private static TextField field(javafx.beans.property.StringProperty text, String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(8);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
