package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;

import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.FxDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The seating screen's tool row of the real window at 1366×768 fits on one line in Chinese and in English
 * (a second line pushed the seat map down on the laptops attendants use); at 1280 px it may wrap, and
 * the layout test checks that every control stays inside the window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SeatingToolbarTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppWindow window;

    @Start
    void start(Stage primary) {
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theToolRowIsOneLineAt1366(Language language, FxRobot robot) {
        robot.interact(() -> window = AppWindow.open(dataDir, CLOCK, language, Theme.LIGHT, 1366, 768,
                FxDialogService::new));
        robot.clickOn("#openSampleButton");
        openTab(robot, "#seatingTab", "#autoAssignButton");
        FlowPane row = robot.lookup(".seating-tools").queryAs(FlowPane.class);
        waitUntil(() -> row.getWidth() > 0);

        List<Double> tops = row.getChildren().stream().filter(Node::isVisible).map(Node::getLayoutY).distinct()
                .toList();
        assertThat(tops).as("the tool groups' rows").hasSize(1);
    }
}
