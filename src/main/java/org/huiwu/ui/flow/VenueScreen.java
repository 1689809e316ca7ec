package org.huiwu.ui.flow;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.model.live.Change;
import org.huiwu.persistence.FeedsChanges;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.SideWindow;

/**
 * The venue screen (会场: booking calendar, rooms, today) as one screen with no tab of its own: its command
 * in the 会场 menu opens it in a {@link SideWindow} beside the main one, reloaded each time it is shown and,
 * while it shows, when the change feed (the window's live poll, decision 0031) brings a meeting change
 * ({@link #changed}). FX thread only.
 */
public final class VenueScreen extends LazyScreen {

    private final VenueViewModel model;
    private final BookingEditViewModel editor;
    private final SideWindow window;

    public VenueScreen(VenueViewModel model, DialogService dialogs, Supplier<Window> owner, I18n i18n) {
        super("venue", i18n.get("venue.menu"), Place.NONE);
        this.model = model;
        this.editor = model.bookingEditor(dialogs);
        this.window = new SideWindow(owner, i18n.get("venue.title.window"), i18n.get("venue.close"),
                List.of(FlowScreen.class.getResource("flow.css").toExternalForm()));
        command(Command.of("menuVenue", i18n.get("venue.menu.open"), this::open).keys("Shortcut+Shift+V")
                .inMenu("venue.menu", 10));
    }

    @Override
    protected Node build() {
        return new VenueView(model, editor);
    }

    /** The screen's model (for tests). */
    public VenueViewModel model() {
        return model;
    }

    /** The venue's window (for tests). */
    public SideWindow window() {
        return window;
    }

    /** Shows the venue window (a new one each time it was closed) with the same content, reloaded. */
    public void open() {
        window.show(node());
        model.reload();
    }

    /** The live poll's changes of any meeting: reads again if a meeting changed and the window shows. */
    public void changed(List<Change> changes) {
        if (window.showing() && changes.stream().anyMatch(c -> FeedsChanges.MEETING.equals(c.kind()))) {
            model.reload();
        }
    }
}
