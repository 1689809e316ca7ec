package org.huiwu.ui.control.seatmap;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Command-line benchmark of the seat map with 3,000 seats, run headless. Each step makes a change
 * on the FX thread and then times the next real pulse's CSS and layout passes (between the scene's
 * pre- and post-layout pulse listeners), which is what the FX thread pays per tea-board tick.
 * ({@code Node.applyCss()} is not used: it forces a restyle of the whole subtree.) Rendering runs
 * on the render thread; it is reported once, as a snapshot, for the software pipeline only. Not a
 * test: surefire does not pick it up; being a command-line harness it prints its results.
 */
public final class SeatMapBench {

    private static final int SEATS = 3000;
    private static final int TICKS = 30;

    private SeatMap map;
    private Scene scene;
    private final StringBuilder out = new StringBuilder();

    private SeatMapBench() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        SeatMapBench bench = new SeatMapBench();
        bench.run();
        System.out.println(bench.out);
        Platform.exit();
    }

    private void run() throws Exception {
        onFx(() -> {
            map = new SeatMap();
            map.animationsEnabledProperty().set(false);
            scene = new Scene(new StackPane(map), 1200, 700);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
        out.append(String.format(Locale.ROOT, "SeatMapBench: %d seats, prism.order=%s, %d cores%n", SEATS,
                System.getProperty("prism.order", "default"), Runtime.getRuntime().availableProcessors()));
        List<SeatTile> hall = SeatMapSamples.hall(SEATS);
        double[] build = step(() -> {
            map.getTiles().setAll(hall);
            map.fitToView();
        });
        line("build: create nodes", build[0]);
        line("build: first CSS + layout pulse", build[1]);
        long r = System.nanoTime();
        onFx(() -> map.snapshot(null, null));
        line("first render (snapshot, " + System.getProperty("prism.order", "default") + " pipeline)",
                (System.nanoTime() - r) / 1e6);

        for (int warmUp = 0; warmUp < TICKS; warmUp++) {
            tickAll(warmUp + 100);
        }
        double[] all = new double[2];
        for (int tick = 1; tick <= TICKS; tick++) {
            add(all, tickAll(tick));
        }
        line("tick, all " + SEATS + " tiles replaced (setAll): node updates", all[0] / TICKS);
        line("tick, all " + SEATS + " tiles replaced (setAll): CSS + layout", all[1] / TICKS);
        line("tick, all " + SEATS + " tiles replaced (setAll): total on FX thread", (all[0] + all[1]) / TICKS);

        double[] states = new double[2];
        for (int tick = 1; tick <= TICKS; tick++) {
            SeatState state = tick % 2 == 0 ? SeatState.SERVED : SeatState.DUE_SOON;
            List<SeatTile> next = onFx(() -> new ArrayList<>(map.getTiles()));
            next.replaceAll(t -> t.withStates(Set.of(SeatState.OCCUPIED, state)));
            add(states, step(() -> map.getTiles().setAll(next)));
        }
        line("tick, every seat's state changes, badges unchanged: total", (states[0] + states[1]) / TICKS);

        double[] some = new double[2];
        for (int tick = 1; tick <= TICKS; tick++) {
            List<SeatTile> next = onFx(() -> new ArrayList<>(map.getTiles()));
            for (int i = tick % 50; i < SEATS; i += 50) {
                next.set(i, tick(next.get(i), i, tick + 3));
            }
            add(some, step(() -> map.getTiles().setAll(next)));
        }
        line("tick, setAll of " + SEATS + " tiles of which " + SEATS / 50 + " changed: total", (some[0] + some[1]) / TICKS);

        double[] tenth = new double[2];
        for (int tick = 1; tick <= TICKS; tick++) {
            int offset = tick;
            add(tenth, step(() -> {
                for (int i = offset % 10; i < SEATS; i += 10) {
                    map.getTiles().set(i, tick(map.getTiles().get(i), i, offset + 7));
                }
            }));
        }
        line("tick, " + SEATS / 10 + " tiles replaced one by one (set(i)): total", (tenth[0] + tenth[1]) / TICKS);

        double[] view = new double[2];
        for (int s = 0; s < TICKS; s++) {
            double factor = s < TICKS / 2 ? 1.1 : 1 / 1.1;
            add(view, step(() -> map.setViewport(map.getViewport().zoomAbout(factor, 600, 350).panBy(7, -3))));
        }
        line("zoom/pan step: total on FX thread (level-of-detail switches included)", (view[0] + view[1]) / TICKS);
    }

    private List<SeatTile> nextTiles(int tick) throws Exception {
        return onFx(() -> {
            List<SeatTile> next = new ArrayList<>(SEATS);
            List<SeatTile> current = map.getTiles();
            for (int i = 0; i < current.size(); i++) {
                next.add(tick(current.get(i), i, tick));
            }
            return next;
        });
    }

    private double[] tickAll(int tick) throws Exception {
        List<SeatTile> next = nextTiles(tick);
        return step(() -> map.getTiles().setAll(next));
    }

    private static SeatTile tick(SeatTile t, int i, int tick) {
        int minutes = (i + tick) % 30;
        Set<SeatState> states = EnumSet.of(SeatState.OCCUPIED);
        states.add(minutes < 15 ? SeatState.SERVED : minutes < 25 ? SeatState.DUE_SOON : SeatState.OVERDUE);
        return t.withStates(states).withBadge(minutes + "′");
    }

    /** Runs the change on the FX thread; returns its ms and the ms of the next pulse's CSS + layout. */
    private double[] step(Runnable change) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            change.run();
            long changed = System.nanoTime();
            long[] pulseStart = new long[1];
            Runnable[] listeners = new Runnable[2];
            listeners[0] = () -> pulseStart[0] = System.nanoTime();
            listeners[1] = () -> {
                long end = System.nanoTime();
                scene.removePreLayoutPulseListener(listeners[0]);
                scene.removePostLayoutPulseListener(listeners[1]);
                done.complete(new double[] {(changed - start) / 1e6, (end - pulseStart[0]) / 1e6});
            };
            scene.addPreLayoutPulseListener(listeners[0]);
            scene.addPostLayoutPulseListener(listeners[1]);
            Platform.requestNextPulse();
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        return CompletableFuture.supplyAsync(action, Platform::runLater).get(60, TimeUnit.SECONDS);
    }

    private static void add(double[] sum, double[] value) {
        sum[0] += value[0];
        sum[1] += value[1];
    }

    private void line(String what, double millis) {
        out.append(String.format(Locale.ROOT, "  %-72s %8.2f ms%n", what, millis));
    }
}
