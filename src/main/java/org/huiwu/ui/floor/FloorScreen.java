package org.huiwu.ui.floor;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;

import org.huiwu.i18n.I18n;
import org.huiwu.model.live.Change;
import org.huiwu.persistence.FeedsChanges;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.SideWindow;

/**
 * The venue floor (场内总览, issue #15) as a screen with no tab of its own: its command in the 会场 menu opens a
 * {@link SideWindow} that lists the meetings in progress. While it shows, it reads again when the change feed
 * (the window's live poll, decision 0031) brings a tea record, an incident or a meeting change of any meeting
 * ({@link #changed}), and every {@link #CLOCK_SECONDS} seconds for what the clock alone changes (a seat turning
 * overdue, a meeting's planned start or end passing, a stage moved, which the feed does not carry). The reads run
 * off the FX thread; none while the window or the main window is closed. FX thread only.
 */
public final class FloorScreen extends LazyScreen {

    /** How often the shown floor is read again for what the clock alone changes. */
    public static final int CLOCK_SECONDS = 30;
    /** The kinds of change that alter a line of the floor. */
    static final Set<String> FOLLOWED = Set.of(FeedsChanges.SERVICE, FeedsChanges.INCIDENT, FeedsChanges.MEETING);

    private final FloorViewModel model;
    private final SideWindow window;
    private final I18n i18n;
    private final Timeline clockRead;

    public FloorScreen(FloorViewModel model, Supplier<Window> owner, I18n i18n) {
        super("floor", i18n.get("floor.title"), Place.NONE);
        this.model = model;
        this.i18n = i18n;
        this.window = new SideWindow(owner, i18n.get("floor.title"), i18n.get("floor.close"), List.of());
        clockRead = new Timeline(new KeyFrame(Duration.seconds(CLOCK_SECONDS), e -> readWhileShown()));
        clockRead.setCycleCount(Timeline.INDEFINITE);
        command(Command.of("menuFloor", i18n.get("floor.menu.open"), this::open).keys("Shortcut+Shift+O")
                .inMenu("venue.menu", 20));
    }

    @Override
    protected Node build() {
        return new FloorView(model, i18n);
    }

    /** The screen's model (for tests). */
    public FloorViewModel model() {
        return model;
    }

    /** The floor's window (for tests). */
    public SideWindow window() {
        return window;
    }

    /** Shows the floor window (a new one each time it was closed), read now. */
    public void open() {
        model.reload();
        if (window.show(node())) {
            clockRead.play();
        }
    }

    /** The live poll's changes of any meeting: read again if one alters the floor and the window shows. */
    public void changed(List<Change> changes) {
        if (changes.stream().anyMatch(c -> FOLLOWED.contains(c.kind()))) {
            readWhileShown();
        }
    }

    private void readWhileShown() {
        if (!window.showing()) {
            clockRead.stop();
            return;
        }
        model.reload();
    }
}
