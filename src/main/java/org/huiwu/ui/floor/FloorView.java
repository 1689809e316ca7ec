package org.huiwu.ui.floor;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.floor.FloorViewModel.FloorLine;

/**
 * The venue floor (issue #15): a table of the meetings in progress — room, times, meeting, stage, overdue seats,
 * open incidents — with when it was read; a double-click or Enter on a line opens that meeting. Binds to
 * {@link FloorViewModel}. FX thread only.
 */
public final class FloorView extends BorderPane {

    private final TableView<FloorLine> table = new TableView<>();

    public FloorView(FloorViewModel model, I18n i18n) {
        setId("floorView");
        setPrefSize(900, 420);
        table.setId("floorTable");
        table.setItems(model.lines());
        table.setPlaceholder(new Label(i18n.get("floor.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(i18n.get("floor.room"), FloorLine::room, 150));
        table.getColumns().add(column(i18n.get("floor.times"), FloorLine::times, 110));
        table.getColumns().add(column(i18n.get("floor.meeting"), FloorLine::title, 200));
        table.getColumns().add(column(i18n.get("floor.stage"), FloorLine::stage, 100));
        table.getColumns().add(column(i18n.get("floor.overdue"), FloorLine::overdue, 150));
        table.getColumns().add(column(i18n.get("floor.incidents"), FloorLine::incidents, 150));
        table.setRowFactory(t -> {
            TableRow<FloorLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Label heading = new Label(i18n.get("floor.heading"));
        heading.getStyleClass().add("section-title");
        Label status = new Label();
        status.setId("floorStatus");
        status.textProperty().bind(model.statusProperty());
        VBox top = new VBox(4, heading, new Label(i18n.get("floor.hint")));
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        setCenter(table);
        setBottom(status);
        BorderPane.setMargin(status, new Insets(6, 0, 0, 0));
    }

    private static <T> TableColumn<FloorLine, T> column(String title, Function<FloorLine, T> value, double width) {
        TableColumn<FloorLine, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        column.setSortable(false);
        return column;
    }
}
