package org.huiwu.ui.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.i18n.I18n;
import org.huiwu.model.seating.BlockKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The block editor's number spinners take typing as a spreadsheet cell does: Tab into the tables spinner and
 * type 7, and the block has 7 tables (not the old number with a 7 stuck to it).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BlockEditorCountTest {

    private BlockEditorViewModel model;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        model = new BlockEditorViewModel(BlockKind.ROUND_TABLES, i18n);
        model.tablesProperty().set(4);
        primary.setScene(new Scene(new BlockEditorView(model, i18n), 600, 560));
        primary.show();
    }

    @Test
    void tabIntoTheTablesSpinnerAndTypeReplacesTheNumber(FxRobot robot) {
        robot.interact(() -> robot.lookup("#blockNameField").queryAs(TextField.class).requestFocus());
        for (int i = 0; i < 8 && !"blockTablesSpinner".equals(focusId()); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focusId()).isEqualTo("blockTablesSpinner");
        robot.write("7").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.tablesProperty().get()).isEqualTo(7);
    }

    private String focusId() {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
