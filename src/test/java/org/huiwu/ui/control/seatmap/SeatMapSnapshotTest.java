package org.huiwu.ui.control.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
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
 * 3,000 seats fitted (level of detail), for a person to look at, and checks what a person would see
 * there: each tea state in its own colour, a zoom that enlarges seats, a darker dim theme, a fitted hall
 * whose overdue seats still show.
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
        WritableImage light = write("seat-map.png");
        Map<SeatState, Integer> stateColours = new EnumMap<>(SeatState.class);
        Map<String, SeatState> shown = Map.of("p1", SeatState.SERVED, "p2", SeatState.DUE_SOON,
                "p3", SeatState.OVERDUE, "p4", SeatState.DECLINED);
        shown.forEach((seat, state) -> stateColours.put(state, dominantColour(light, boundsOf(seat))));
        assertThat(new HashSet<>(stateColours.values())).as("served, due soon, overdue and declined look different: %s",
                stateColours).hasSize(4);
        double fittedWidth = boundsOf("p1").getWidth();

        WaitForAsyncUtils.asyncFx(() -> map.setViewport(
                new PlanViewport(1.6, 0, 0).centredOn(new PlanArea(1.2, 0.3, 9.4, 1.5), 1200, 700))).get();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage zoomed = write("seat-map-podium-zoomed.png");
        Bounds zoomedSeat = boundsOf("p1");
        assertThat(zoomedSeat.getWidth()).as("zoomed on the podium, a seat is drawn larger").isGreaterThan(fittedWidth * 1.2);
        assertThat(dominantColour(zoomed, zoomedSeat)).as("and keeps its state colour")
                .isEqualTo(stateColours.get(SeatState.SERVED));

        WaitForAsyncUtils.asyncFx(() -> {
            scene.getStylesheets().add(Objects.requireNonNull(
                    SeatMap.class.getResource("/org/huiwu/ui/common/theme-dim.css")).toExternalForm());
            map.fitToView();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage dim = write("seat-map-dim.png");
        assertThat(meanLuminance(dim)).as("the dim theme is darker than the light one")
                .isLessThan(meanLuminance(light) - 40);

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
        WritableImage hall = write("seat-map-3000.png");
        int background = hall.getPixelReader().getArgb(1, 1);
        assertThat(shareNotOf(hall, background)).as("3,000 fitted seats cover much of the view").isGreaterThan(0.2);
        assertThat(shareOf(hall, stateColours.get(SeatState.OVERDUE))).as("overdue seats stay visible when fitted")
                .isGreaterThan(0.005);
    }

    private Bounds boundsOf(String seat) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> map.lookupAll("." + SeatNode.STYLE_CLASS).stream()
                    .map(SeatNode.class::cast).filter(n -> n.tile().id().equals(seat)).findFirst()
                    .map(n -> n.face().localToScene(n.face().getLayoutBounds())).orElseThrow()).get();
        } catch (Exception e) {
            throw new AssertionError("seat " + seat + " is not drawn", e);
        }
    }

    /** The most frequent colour inside the bounds (the tile's fill; its text covers less of it). */
    private static int dominantColour(WritableImage image, Bounds bounds) {
        Map<Integer, Integer> counts = new HashMap<>();
        PixelReader pixels = image.getPixelReader();
        for (int y = (int) bounds.getMinY() + 2; y < (int) bounds.getMaxY() - 2; y++) {
            for (int x = (int) bounds.getMinX() + 2; x < (int) bounds.getMaxX() - 2; x++) {
                counts.merge(pixels.getArgb(x, y), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static double meanLuminance(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                sum += 0.2126 * ((argb >> 16) & 0xff) + 0.7152 * ((argb >> 8) & 0xff) + 0.0722 * (argb & 0xff);
            }
        }
        return sum / (image.getWidth() * image.getHeight());
    }

    private static double shareOf(WritableImage image, int argb) {
        return share(image, argb, true);
    }

    private static double shareNotOf(WritableImage image, int argb) {
        return share(image, argb, false);
    }

    private static double share(WritableImage image, int argb, boolean equal) {
        PixelReader pixels = image.getPixelReader();
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((pixels.getArgb(x, y) == argb) == equal) {
                    count++;
                }
            }
        }
        return (double) count / (image.getWidth() * image.getHeight());
    }

    private WritableImage write(String file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)).get();
        assertThat(image.getWidth()).isEqualTo(1200);
        Files.createDirectories(OUT);
        writePng(image, OUT.resolve(file));
        return image;
    }

    private static void writePng(WritableImage image, Path path) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", path.toFile());
    }
}
