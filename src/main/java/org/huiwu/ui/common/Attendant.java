package org.huiwu.ui.common;

import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.logic.settings.Preferences;
import org.slf4j.LoggerFactory;

/**
 * The name of the attendant on duty, written as "reported by", "ticked by" and "notified by" on
 * incident records and as who marked a service checklist item. Observable; FX thread only.
 */
public final class Attendant {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");

    /**
     * An attendant whose name is read from the settings (so the next start does not ask again) and
     * written back after a change, both through {@code runner}, off the FX thread. Typing queues at most
     * one write at a time (it stores the name as it is when it runs), so keystrokes do not pile up on the
     * database thread the tea-service taps share. Failing to remember
     * the name is logged and otherwise ignored: the name still goes on the records of this session.
     */
    public static Attendant remembered(Preferences preferences, TaskRunner runner) {
        Attendant attendant = new Attendant();
        runner.run(preferences::attendantName, stored -> {
            if (attendant.name().isEmpty()) {
                attendant.name.set(stored);
            }
        }, Attendant::notRemembered);
        AtomicReference<String> unsaved = new AtomicReference<>();
        attendant.name.addListener((property, was, now) -> {
            if (unsaved.getAndSet(attendant.name()) == null) {
                runner.run(() -> {
                    String latest = unsaved.getAndSet(null);
                    preferences.setAttendantName(latest);
                    return latest;
                }, saved -> { }, Attendant::notRemembered);
            }
        });
        return attendant;
    }

    private static void notRemembered(Throwable failure) {
        LoggerFactory.getLogger(Attendant.class).warn("Cannot remember the attendant's name", failure);
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The name as written on records, trimmed. */
    public String name() {
        return name.get() == null ? "" : name.get().strip();
    }
}
