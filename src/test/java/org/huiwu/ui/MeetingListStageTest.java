package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.model.flow.Stage;
import org.huiwu.ui.common.FxDialogService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The meeting list names a meeting's stage in one piece on one line ("会中", "In progress" not broken over
 * two lines, not cut), in both languages at 1280×720 and 1366×700.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MeetingListStageTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest
    @CsvSource({"CHINESE, 1280, 720", "ENGLISH, 1280, 720", "CHINESE, 1366, 700", "ENGLISH, 1366, 700"})
    void theStageOfAMeetingIsShownOnOneLine(Language language, double width, double height, FxRobot robot)
            throws Exception {
        Path data = Files.createTempDirectory("huiwu-liststage");
        AppWindow[] opened = new AppWindow[1];
        FxToolkit.setupFixture(() -> opened[0] =
                AppWindow.open(data, CLOCK, language, Theme.LIGHT, width, height, FxDialogService::new));
        AppWindow window = opened[0];
        try {
            I18n i18n = new I18n(language.locale());
            robot.clickOn("#openSampleButton");
            waitUntil(() -> window.workbench().state().currentMeeting() != null);
            String inProgress = i18n.get(Stage.IN_PROGRESS.labelKey());
            waitUntil(() -> robot.lookup("#meetingList #meetingStage").queryAllAs(Label.class).stream()
                    .anyMatch(label -> inProgress.equals(label.getText())));
            WaitForAsyncUtils.waitForFxEvents();

            Label stage = robot.lookup("#meetingList #meetingStage").queryAllAs(Label.class).stream()
                    .filter(label -> inProgress.equals(label.getText())).findFirst().orElseThrow();
            Text shown = (Text) stage.lookup(".text");
            double oneLine = stage.getFont().getSize() * 2;
            assertThat(shown.getText()).isEqualTo(inProgress);
            assertThat(shown.getLayoutBounds().getHeight()).isLessThan(oneLine);
            assertThat(stage.getWidth()).isGreaterThanOrEqualTo(stage.prefWidth(-1) - 0.5);
            Node cell = stage.getParent().getParent().getParent();
            var inCell = cell.sceneToLocal(stage.localToScene(stage.getBoundsInLocal()));
            assertThat(inCell.getMaxX()).isLessThanOrEqualTo(cell.getLayoutBounds().getWidth() + 0.5);
        } finally {
            window.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
