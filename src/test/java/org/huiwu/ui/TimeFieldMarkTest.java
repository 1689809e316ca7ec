package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.FxDialogService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The meeting form's start and end time under the keyboard, in both languages: a text that is not a time,
 * left with Tab, is marked beside its field at once with the reason from the bundle, stays as typed and is
 * not saved; typed right again, the mark goes. The real window at 1280×720.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimeFieldMarkTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    @ParameterizedTest
    @EnumSource(Language.class)
    void aBadTimeLeftWithTabIsMarkedBesideItsFieldAndNotSaved(Language language, FxRobot robot) throws Exception {
        Path data = Files.createTempDirectory("huiwu-timemark");
        AppWindow[] opened = new AppWindow[1];
        FxToolkit.setupFixture(() -> opened[0] =
                AppWindow.open(data, CLOCK, language, Theme.LIGHT, 1280, 720, FxDialogService::new));
        AppWindow window = opened[0];
        try {
            String reason = new I18n(language.locale()).get("meeting.problem.timeFormat");
            robot.clickOn("#openSampleButton");
            waitUntil(() -> window.workbench().state().currentMeeting() != null);
            waitUntil(() -> robot.lookup("#meetingStartField").tryQuery().filter(WindowRobot::shown).isPresent());
            LocalTime storedStart = stored(window).startTime();

            retype(robot, "#meetingStartField", "25:99");
            robot.type(KeyCode.TAB);
            TextField start = robot.lookup("#meetingStartField").queryAs(TextField.class);
            Label startMark = robot.lookup("#meetingStartMark").queryAs(Label.class);
            waitUntil(() -> startMark.isVisible());
            assertThat(startMark.getText()).isEqualTo(reason);
            assertThat(WindowRobot.shown(startMark)).isTrue();
            assertThat(start.getText()).isEqualTo("25:99");
            assertThat(start.getPseudoClassStates()).contains(INVALID);
            assertBeside(start, startMark);

            retype(robot, "#meetingEndField", "abc");
            robot.type(KeyCode.TAB);
            Label endMark = robot.lookup("#meetingEndMark").queryAs(Label.class);
            waitUntil(() -> endMark.isVisible());
            assertThat(endMark.getText()).isEqualTo(reason);

            robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(start.getText()).isEqualTo("25:99");
            assertThat(stored(window).startTime()).isEqualTo(storedStart);

            retype(robot, "#meetingStartField", "10:15");
            waitUntil(() -> !startMark.isVisible());
            assertThat(start.getPseudoClassStates()).doesNotContain(INVALID);
            assertThat(endMark.isVisible()).isTrue();
        } finally {
            window.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    /** The mark sits right under its field, within the field's column. */
    private static void assertBeside(TextField field, Label mark) {
        var f = field.localToScene(field.getBoundsInLocal());
        var m = mark.localToScene(mark.getBoundsInLocal());
        assertThat(m.getMinY()).isBetween(f.getMaxY() - 1, f.getMaxY() + 12);
        assertThat(m.getMinX()).isBetween(f.getMinX() - 1, f.getMaxX());
    }

    private static org.huiwu.model.Meeting stored(AppWindow window) {
        return window.context().meetings().find(SampleMeeting.ID).orElseThrow();
    }
}
