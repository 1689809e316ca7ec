package org.huiwu.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The committing cell on its own table: Enter, Tab, Shift+Tab, a click on another row and a click on
 * another control keep the typed text, Esc drops it; Tab and Shift+Tab edit the neighbouring cell even
 * though the commit replaced the row.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CommittingCellTest {

    /** A row of two texts, replaced as a whole on every edit (like the app's records). */
    record Row(String first, String second) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            new Row("a1", "b1"), new Row("a2", "b2"), new Row("a3", "b3"));
    private final List<String> commits = new ArrayList<>();
    private TableView<Row> table;
    private TextField elsewhere;

    @Start
    void start(Stage stage) {
        table = new TableView<>(rows);
        table.setEditable(true);
        table.getColumns().add(column(Row::first, true));
        table.getColumns().add(column(Row::second, false));
        elsewhere = new TextField();
        elsewhere.setId("elsewhere");
        stage.setScene(new Scene(new VBox(elsewhere, table), 400, 300));
        stage.show();
    }

    private TableColumn<Row, String> column(java.util.function.Function<Row, String> value, boolean first) {
        TableColumn<Row, String> column = new TableColumn<>(first ? "first" : "second");
        column.setPrefWidth(150);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(CommittingCell.forText((row, text) -> {
            commits.add(text);
            int index = rows.indexOf(row);
            rows.set(index, first ? new Row(text, row.second()) : new Row(row.first(), text));
        }));
        return column;
    }

    @Test
    void tabCommitsAndEditsTheNextCellOfTheReplacedRow(FxRobot robot) {
        robot.doubleClickOn(cell(robot, 1, 0));
        robot.write("x").type(KeyCode.TAB);
        assertThat(rows.get(1).first()).isEqualTo("x");
        assertThat(table.getEditingCell()).isNotNull();
        assertThat(table.getEditingCell().getColumn()).isEqualTo(1);

        robot.write("y").press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(rows.get(1)).isEqualTo(new Row("x", "y"));
        assertThat(table.getEditingCell().getColumn()).isZero();
    }

    @Test
    void clickingAnotherRowOrControlCommitsAndEscapeCancels(FxRobot robot) {
        robot.doubleClickOn(cell(robot, 0, 0));
        robot.write("p");
        robot.clickOn(cell(robot, 2, 1));
        assertThat(rows.get(0).first()).isEqualTo("p");

        robot.doubleClickOn(cell(robot, 2, 1));
        robot.write("q");
        robot.clickOn("#elsewhere");
        assertThat(rows.get(2).second()).isEqualTo("q");

        robot.doubleClickOn(cell(robot, 1, 1));
        robot.write("dropped").type(KeyCode.ESCAPE);
        assertThat(rows.get(1).second()).isEqualTo("b2");
        assertThat(commits).containsExactly("p", "q");
    }

    private TableCell<?, ?> cell(FxRobot robot, int row, int column) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(table).lookup(".table-cell").match(node -> node instanceof TableCell<?, ?> c
                && c.getIndex() == row && c.getTableColumn() == table.getVisibleLeafColumn(column))
                .queryAs(TableCell.class);
    }
}
