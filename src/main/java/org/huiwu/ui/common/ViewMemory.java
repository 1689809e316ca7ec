package org.huiwu.ui.common;

import java.util.HashMap;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the attendant chose to look at that outlives the window's views: the views are built again when the
 * language changes, and a screen binds its choice (the checklist's phase shown, …) to a property kept here, so the
 * rebuilt screen shows the same. Not stored: a new start shows the defaults. FX thread only.
 */
public final class ViewMemory {

    private final Map<String, ObjectProperty<Object>> choices = new HashMap<>();

    /** The property kept under {@code key}, holding {@code initial} until a screen sets it. */
    @SuppressWarnings("unchecked")
    public <T> ObjectProperty<T> choice(String key, T initial) {
        return (ObjectProperty<T>) (ObjectProperty<?>) choices.computeIfAbsent(key,
                k -> new SimpleObjectProperty<>(this, k, initial));
    }
}
