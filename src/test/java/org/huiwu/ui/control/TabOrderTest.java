package org.huiwu.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Where Tab takes an edit: past columns that cannot be edited or are hidden, and nowhere past the row's ends. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TabOrderTest {

    @Test
    void tabSkipsColumnsThatCannotBeEditedOrAreHiddenAndStopsAtTheEnds() {
        TableView<String> table = new TableView<>();
        TableColumn<String, String> name = new TableColumn<>("name");
        TableColumn<String, String> seat = new TableColumn<>("seat");
        seat.setEditable(false);
        TableColumn<String, String> hidden = new TableColumn<>("hidden");
        hidden.setVisible(false);
        TableColumn<String, String> unit = new TableColumn<>("unit");
        table.getColumns().setAll(name, seat, hidden, unit);

        assertThat(TabOrder.next(table, name, 1)).isSameAs(unit);
        assertThat(TabOrder.next(table, unit, -1)).isSameAs(name);
        assertThat(TabOrder.next(table, unit, 1)).isNull();
        assertThat(TabOrder.next(table, name, -1)).isNull();
    }
}
