package org.huiwu.ui.control.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the demo room (podium, audience, door, stage edge, tea-round states) at 1200 x 700 into
 * {@code target/seatmap-snapshots/}: fitted, zoomed on the podium, with the dim theme, and a hall of
 * 3,000 seats fitted (level of detail), for a person to look at.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SeatMapSnapshotTest {

    private static final Path OUT = Path.of("target", "seatmap-snapshots");

    private SeatMap map;
    private Scene scene;

    @Start
    void start(Stage stage) {
        map = new SeatMap();
        map.animationsEnabledProperty().set(false);
        map.viewpointCaptionProperty().set("从台下看（观众视角）");
        List<SeatTile> tiles = new ArrayList<>(SeatMapSamples.demoTiles());
        SeatMapSamples.mark(tiles, "p1", "6′", SeatState.SERVED, SeatState.CHECKED_IN);
        SeatMapSamples.mark(tiles, "p2", "17′", SeatState.DUE_SOON, SeatState.CHECKED_IN);
        SeatMapSamples.mark(tiles, "p3", "24′", SeatState.OVERDUE, SeatState.CHECKED_IN);
        SeatMapSamples.mark(tiles, "p4", "", SeatState.DECLINED, SeatState.CHECKED_IN);
        SeatMapSamples.mark(tiles, "p5", "", SeatState.NOT_SERVED, SeatState.HIGHLIGHTED);
        SeatMapSamples.mark(tiles, "p6", "3′", SeatState.SERVED);
        SeatMapSamples.mark(tiles, "p7", "", SeatState.DO_NOT_DISTURB);
        SeatMapSamples.mark(tiles, "a1-2", "12′", SeatState.SERVED);
        SeatMapSamples.mark(tiles, "a1-3", "19′", SeatState.DUE_SOON);
        SeatMapSamples.mark(tiles, "a1-4", "26′", SeatState.OVERDUE);
        SeatMapSamples.mark(tiles, "a2-7", "", SeatState.ABSENT);
        SeatMapSamples.mark(tiles, "a3-5", "", SeatState.LATE);
        SeatMapSamples.mark(tiles, "a2-2", "", SeatState.HIGHLIGHTED);
        tiles.replaceAll(t -> t.id().equals("a4-8") ? t.withLocked(true) : t);
        map.getTiles().setAll(tiles);
        map.getMarkers().setAll(SeatMapSamples.demoMarkers());
        map.setSelectedSeatId("a3-3");
        scene = new Scene(new StackPane(map), 1200, 700);
        stage.setScene(scene);
        stage.show();
        map.fitToView();
    }

    @Test
    void rendersTheDemoRoomInBothThemes() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        write("seat-map.png");

        WaitForAsyncUtils.asyncFx(() -> map.setViewport(
                new PlanViewport(1.6, 0, 0).centredOn(new PlanArea(1.2, 0.3, 9.4, 1.5), 1200, 700))).get();
        WaitForAsyncUtils.waitForFxEvents();
        write("seat-map-podium-zoomed.png");

        WaitForAsyncUtils.asyncFx(() -> {
            scene.getStylesheets().add(Objects.requireNonNull(
                    SeatMap.class.getResource("/org/huiwu/ui/common/theme-dim.css")).toExternalForm());
            map.fitToView();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        write("seat-map-dim.png");

        WaitForAsyncUtils.asyncFx(() -> {
            scene.getStylesheets().clear();
            map.getMarkers().clear();
            List<SeatTile> hall = new ArrayList<>(SeatMapSamples.hall(3000));
            SeatState[] round = {SeatState.SERVED, SeatState.SERVED, SeatState.NOT_SERVED, SeatState.DUE_SOON,
                SeatState.SERVED, SeatState.OVERDUE, SeatState.SERVED, SeatState.DECLINED};
            hall.replaceAll(t -> t.withStates(Set.of(SeatState.OCCUPIED,
                    round[(int) ((t.x() * 7 + t.y() * 3) / 5) % round.length])));
            map.getTiles().setAll(hall);
            map.fitToView();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        write("seat-map-3000.png");
    }

    private void write(String file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)).get();
        assertThat(image.getWidth()).isEqualTo(1200);
        Files.createDirectories(OUT);
        writePng(image, OUT.resolve(file));
    }

    private static void writePng(WritableImage image, Path path) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", path.toFile());
    }
}
