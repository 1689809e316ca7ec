package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.FxDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen, every tab inside it and every dialog of the app, with the sample meeting open, in
 * Chinese and in English, in the light and the dim theme, at 1280×720 and 1366×700: nothing may be cut
 * to "…", stand outside the window, or write a date in another format than the language's. One stage
 * serves all combinations; the language and theme change the way the settings change them. The stops
 * come from the window's own tab panes and from {@link LayoutStops}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScreenLayoutTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final double[][] SIZES = {{1280, 720}, {1366, 700}};

    @TempDir
    Path dataDir;

    private AppWindow window;

    @Start
    void start(Stage primary) {
        window = AppWindow.open(dataDir, CLOCK, Language.CHINESE, Theme.LIGHT, 1280, 720, FxDialogService::new);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void everyScreenTabAndDialogFitsInBothLanguagesThemesAndSizes(FxRobot robot) throws IOException {
        Path list = dataDir.resolve("名单.csv");
        Files.writeString(list, "姓名,单位,职务,位次\n张三,市财政局,局长,1\n李四,市卫健委,主任,2\n", StandardCharsets.UTF_8);
        LayoutRobot at = new LayoutRobot(robot, window, list);
        Map<String, Set<String>> problems = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            at.run(() -> window.workbench().applySettings(language, Theme.LIGHT));
            waitUntil(() -> at.shownNode("#openSampleButton").isPresent());
            note(problems, language.name().toLowerCase() + " light 1280×720", "no meeting yet",
                    inspect(window.stage(), at));
        }
        robot.clickOn("#openSampleButton");
        waitUntil(() -> window.workbench().state().currentMeeting() != null && at.shownNode("#seatingTab").isPresent());
        for (Language language : Language.values()) {
            for (Theme theme : Theme.values()) {
                at.run(() -> window.workbench().applySettings(language, theme));
                waitUntil(() -> window.workbench().state().currentMeeting() != null
                        && at.shownNode("#seatingTab").isPresent());
                for (double[] size : SIZES) {
                    at.run(() -> {
                        window.stage().setWidth(size[0]);
                        window.stage().setHeight(size[1]);
                    });
                    String combo = language.name().toLowerCase() + " " + theme.name().toLowerCase() + " "
                            + (int) size[0] + "×" + (int) size[1];
                    lookAtEveryTab(at, (where, found) -> note(problems, combo, where, found));
                    for (LayoutStops stop : LayoutStops.values()) {
                        lookAt(at, stop, found -> note(problems, combo, stop.name(), found));
                    }
                }
            }
        }
        String report = problems.entrySet().stream().map(e -> e.getKey() + "   [" + String.join("; ", e.getValue()) + "]")
                .collect(Collectors.joining("\n"));
        if (!problems.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(problems.size() + " places cut, unreachable or mis-dated:\n" + report);
        }
    }

    /** Every tab of the meeting and every tab inside it, as found in the window. */
    private void lookAtEveryTab(LayoutRobot at, java.util.function.BiConsumer<String, List<String>> report) {
        TabPane meetingTabs = (TabPane) at.shownNode(".tab-pane").orElseThrow();
        for (Tab tab : List.copyOf(meetingTabs.getTabs())) {
            at.run(() -> meetingTabs.getSelectionModel().select(tab));
            report.accept(tab.getId() == null ? tab.getText() : tab.getId(), inspect(window.stage(), at));
            List<TabPane> inner = tab.getContent() == null ? List.of() : tab.getContent().lookupAll(".tab-pane").stream()
                    .filter(TabPane.class::isInstance).map(TabPane.class::cast).toList();
            for (TabPane pane : inner) {
                for (Tab innerTab : List.copyOf(pane.getTabs())) {
                    at.run(() -> pane.getSelectionModel().select(innerTab));
                    report.accept(tab.getId() + "/" + innerTab.getId(), inspect(window.stage(), at));
                }
            }
        }
    }

    private void lookAt(LayoutRobot at, LayoutStops stop, java.util.function.Consumer<List<String>> report) {
        List<Window> before = List.copyOf(Window.getWindows());
        stop.open.accept(at);
        if (stop.kind == LayoutStops.Kind.SCREEN) {
            report.accept(inspect(window.stage(), at));
        } else {
            try {
                waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && !before.contains(w)));
            } catch (AssertionError e) {
                throw new AssertionError(stop.name() + " opened no window", e);
            }
            at.settle();
            List<Window> opened = Window.getWindows().stream().filter(w -> !before.contains(w)).toList();
            List<String> found = new ArrayList<>();
            for (Window dialog : opened) {
                found.addAll(inspect(dialog, at));
                if (stop != LayoutStops.TRAINER_MODE && (dialog.getWidth() > window.stage().getWidth() + 1
                        || dialog.getHeight() > window.stage().getHeight() + 1)) {
                    found.add("window: " + Math.round(dialog.getWidth()) + "×" + Math.round(dialog.getHeight())
                            + " is larger than the screen");
                }
            }
            report.accept(found);
            for (Window dialog : opened) {
                at.run(dialog::hide);
            }
            waitUntil(() -> opened.stream().noneMatch(Window::isShowing));
        }
        at.leaveGuides();
    }

    private static List<String> inspect(Window shown, LayoutRobot at) {
        AtomicReference<List<String>> found = new AtomicReference<>();
        Language language = at.window().workbench().language();
        Platform.runLater(() -> found.set(LayoutInspector.problems(shown.getScene(), language)));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> found.get() != null);
        return found.get();
    }

    private static void note(Map<String, Set<String>> problems, String combo, String where, List<String> found) {
        for (String problem : found) {
            problems.computeIfAbsent(where + ": " + problem, key -> new TreeSet<>()).add(combo);
        }
    }

    /** A class that builds a dialog or stage must be a stop of the layout test or be exempt with a reason. */
    @Test
    void everyClassThatOpensAWindowIsInTheLayoutList() throws IOException {
        Set<String> listed = new TreeSet<>(LayoutStops.EXEMPT);
        Arrays.stream(LayoutStops.values()).forEach(stop -> listed.add(stop.owner));
        Set<String> opening = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("new Dialog<") || source.contains("new Stage(") || source.contains("new Alert(")
                        || source.contains("scene.control.Dialog<>()")) {
                    opening.add(file.getFileName().toString().replace(".java", ""));
                }
            }
        }
        assertThat(listed).containsAll(opening);
    }
}
