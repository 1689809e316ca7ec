package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.seatOf;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.layout.Region;

import org.huiwu.ui.control.seatmap.SeatState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Found on a walk through the real window: a guest checked in on the seating screen showed only as a hairline
 * of green round the seat, hard to see and near invisible in the dim theme. An arrived seat's edge is now at
 * least three pixels wide; a seat not yet arrived keeps its thin edge.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ArrivedSeatEdgeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);

    @Test
    void aCheckedInSeatHasAThickEdge(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#seatingTab", "#autoAssignButton");
        waitUntil(() -> robot.lookup("#seatMap .seat-node").queryAll().size() == 31);
        robot.clickOn(seatOf(robot, "#seatMap", "朱宏伟"));
        robot.clickOn("#seatArrivedButton");
        waitUntil(() -> face(robot, "朱宏伟").getPseudoClassStates().contains(SeatState.CHECKED_IN.pseudoClass()));
        robot.clickOn(seatOf(robot, "#seatMap", "韩静"));

        assertThat(edge(face(robot, "朱宏伟"))).as("the arrived seat's edge").isGreaterThanOrEqualTo(3);
        assertThat(edge(face(robot, "韩静"))).as("a seat not yet arrived").isLessThan(2);
    }

    private static Region face(FxRobot robot, String name) {
        return (Region) seatOf(robot, "#seatMap", name).lookup(".seat");
    }

    /** The width of the edge layer: how far the face is inset inside it. */
    private static double edge(Region face) {
        var fills = face.getBackground().getFills();
        return fills.get(2).getInsets().getTop() - fills.get(1).getInsets().getTop();
    }
}
