package org.huiwu.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.scene.Node;

/**
 * The usual {@link Screen}: a subclass makes its commands in its constructor (they may only touch
 * view-models or call {@link #node()}) and its content in {@link #build()}, which runs once, on the first
 * show or the first command that needs the view. FX thread only.
 */
public abstract class LazyScreen implements Screen {

    private final String id;
    private final String title;
    private final Place place;
    private final List<Command> commands = new ArrayList<>();
    private Node node;

    protected LazyScreen(String id, String title, Place place) {
        this.id = id;
        this.title = title;
        this.place = place;
    }

    /** Builds the content; called once. */
    protected abstract Node build();

    /** Adds a command to this screen's list and returns it. */
    protected final Command command(Command command) {
        commands.add(command);
        return command;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Place place() {
        return place;
    }

    @Override
    public final Node node() {
        if (node == null) {
            node = build();
        }
        return node;
    }

    @Override
    public final boolean isBuilt() {
        return node != null;
    }

    @Override
    public final List<Command> commands() {
        return Collections.unmodifiableList(commands);
    }
}
