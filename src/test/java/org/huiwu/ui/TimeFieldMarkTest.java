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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.FxDialogService;
import org.huiwu.ui.meetings.AgendaRow;
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
 * not saved; typed right again, the mark goes. An agenda time cell left with such a text (Tab, a click
 * away) is marked on its cell, with the line and reason under the table, the same way. The real window
 * at 1280×720.
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

    @ParameterizedTest
    @EnumSource(Language.class)
    void aBadAgendaTimeLeftIsMarkedOnItsCellAndNotSaved(Language language, FxRobot robot) throws Exception {
        Path data = Files.createTempDirectory("huiwu-agendamark");
        AppWindow[] opened = new AppWindow[1];
        FxToolkit.setupFixture(() -> opened[0] =
                AppWindow.open(data, CLOCK, language, Theme.LIGHT, 1280, 720, FxDialogService::new));
        AppWindow window = opened[0];
        try {
            String reason = new I18n(language.locale()).get("meeting.problem.timeFormat");
            robot.clickOn("#openSampleButton");
            waitUntil(() -> window.workbench().state().currentMeeting() != null);
            waitUntil(() -> robot.lookup("#agendaTable").tryQuery().filter(WindowRobot::shown).isPresent());
            TableView<AgendaRow> agenda = robot.lookup("#agendaTable").queryTableView();
            waitUntil(() -> !agenda.getItems().isEmpty());
            var storedAgenda = stored(window).agenda();
            Label mark = robot.lookup("#meetingAgendaMark").queryAs(Label.class);

            retypeCell(robot, agenda, 0, "25:99");
            robot.type(KeyCode.TAB);
            waitUntil(() -> mark.isVisible());
            TableCell<?, ?> cell = AttendeeEditingTest.cell(robot, agenda, 0, 0);
            assertThat(cell.getPseudoClassStates()).contains(INVALID);
            assertThat(agenda.getItems().get(0).timeProperty().get()).isEqualTo("25:99");
            assertThat(mark.getText()).contains(reason).contains("1");
            assertThat(WindowRobot.shown(mark)).isTrue();

            retypeCell(robot, agenda, 1, "x");
            robot.clickOn("#meetingVenueField");
            waitUntil(() -> AttendeeEditingTest.cell(robot, agenda, 1, 0).getPseudoClassStates().contains(INVALID));
            assertThat(AttendeeEditingTest.cell(robot, agenda, 1, 0).getText()).isEqualTo("x");

            robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stored(window).agenda()).isEqualTo(storedAgenda);
            assertThat(AttendeeEditingTest.cell(robot, agenda, 0, 0).getText()).isEqualTo("25:99");

            retypeCell(robot, agenda, 0, "10:05");
            robot.type(KeyCode.ENTER);
            waitUntil(() -> !AttendeeEditingTest.cell(robot, agenda, 0, 0).getPseudoClassStates().contains(INVALID));
            assertThat(mark.getText()).contains("2");
            retypeCell(robot, agenda, 1, "10:30");
            robot.type(KeyCode.ENTER);
            waitUntil(() -> !mark.isVisible());
        } finally {
            window.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void retypeCell(FxRobot robot, TableView<AgendaRow> agenda, int row, String text) {
        robot.doubleClickOn(AttendeeEditingTest.cell(robot, agenda, row, 0));
        waitUntil(() -> agenda.getEditingCell() != null);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
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
