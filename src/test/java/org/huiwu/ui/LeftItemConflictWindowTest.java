package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.incidents.LeftItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Two laptops hand over one left item (decision 0050) in the real window: the register shows the item as found; another
 * laptop hands it to 前台; this window then hands it to 会务组. Nothing is overwritten silently: the question opens
 * with both hand-overs, and 保留我的修改 stores this window's while 采用对方的内容 shows theirs.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LeftItemConflictWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);

    @Test
    void keepMineStoresThisWindowsHandOver(FxRobot robot) {
        ListView<LeftItem> list = handOverWhileTheOtherLaptopDid(robot);

        String question = answer(robot, "保留我的修改");

        assertThat(question).contains("蓝色水杯", "会务组", "前台");
        waitUntil(() -> stored().handedTo().equals("会务组"));
        waitUntil(() -> list.getItems().stream().anyMatch(i -> i.handedTo().equals("会务组")));
    }

    @Test
    void takeTheirsShowsTheirHandOver(FxRobot robot) {
        ListView<LeftItem> list = handOverWhileTheOtherLaptopDid(robot);

        answer(robot, "采用对方的内容");

        waitUntil(() -> list.getItems().stream().anyMatch(i -> i.handedTo().equals("前台")));
        assertThat(stored().handedTo()).isEqualTo("前台");
    }

    private ListView<LeftItem> handOverWhileTheOtherLaptopDid(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#incidentsTab", "#captureButton");
        openTab(robot, "#leftItemsTab", "#leftItemWhat");
        robot.clickOn("#leftItemWhat").write("蓝色水杯");
        robot.clickOn("#registerLeftItemButton");
        ListView<LeftItem> list = robot.lookup("#leftItemList").queryListView();
        waitUntil(() -> list.getItems().stream().anyMatch(i -> i.what().equals("蓝色水杯")));
        LeftItem cup = list.getItems().stream().filter(i -> i.what().equals("蓝色水杯")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(cup));
        try (AppContext otherLaptop = AppContext.open(app.dataDir(), CLOCK)) {
            otherLaptop.incidents().leftItems().handOver(cup.id(), "前台");
        }
        robot.clickOn("#leftItemPerson").write("会务组");
        robot.clickOn("#handOverLeftItemButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(list.getItems().stream().filter(i -> i.id().equals(cup.id())).findFirst().orElseThrow().handedTo())
                .as("the register still shows the line as found while the question is open").isEmpty();
        return list;
    }

    /** Clicks the option of the question and returns its text. */
    private static String answer(FxRobot robot, String option) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = pane.getContentText();
        Node button = pane.getButtonTypes().stream().filter(type -> type.getText().equals(option)).findFirst()
                .map(pane::lookupButton).orElseThrow();
        assertThat(button).isInstanceOf(Button.class);
        robot.clickOn(button);
        return text;
    }

    private LeftItem stored() {
        return app.window().context().incidents().leftItems().ofMeeting(SampleMeeting.ID).stream()
                .filter(i -> i.what().equals("蓝色水杯")).findFirst().orElseThrow();
    }
}
