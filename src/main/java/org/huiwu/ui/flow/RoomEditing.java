package org.huiwu.ui.flow;

import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.logic.flow.FlowProblem;
import org.huiwu.logic.flow.FlowRejectedException;
import org.huiwu.logic.flow.RoomBook;
import org.huiwu.model.flow.Room;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.TaskRunner;

/**
 * The venue's rooms while they are edited: the form for a new room (name, seats, layout, equipment) and
 * the change of a listed room typed in the rooms table. A refusal (a name taken, a bad number) is shown in
 * the screen's message. FX thread only; the writes run on the {@link TaskRunner}.
 */
final class RoomEditing {

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty capacity = new SimpleStringProperty("");
    final ObjectProperty<RoomLayout> layout = new SimpleObjectProperty<>(RoomLayout.BOARDROOM);
    final StringProperty equipment = new SimpleStringProperty("");

    private final RoomBook book;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final FlowTexts texts;
    private final StringProperty message;
    private final Runnable reload;

    RoomEditing(RoomBook book, Attendant attendant, TaskRunner runner, FlowTexts texts, StringProperty message,
            Runnable reload) {
        this.book = book;
        this.attendant = attendant;
        this.runner = runner;
        this.texts = texts;
        this.message = message;
        this.reload = reload;
    }

    /** Stores the new room of the form, empties the form and gives the stored room to {@code added}. */
    void addRoom(Consumer<Room> added) {
        String typedName = name.get();
        String by = attendant.name();
        int seats;
        try {
            seats = Integer.parseInt(capacity.get().strip());
        } catch (NumberFormatException e) {
            message.set(texts.describe(new FlowRejectedException(FlowProblem.BAD_NUMBER)));
            return;
        }
        runner.run(() -> book.saveRoom(null, typedName, seats, layout.get(), equipment.get(), false, by), room -> {
            message.set("");
            name.set("");
            capacity.set("");
            equipment.set("");
            added.accept(room);
            reload.run();
        }, failure -> message.set(texts.describe(failure)));
    }

    /**
     * Saves a change to a listed room typed in the rooms table (committed on Enter, Tab or a click away; Esc
     * in the cell cancels). A refusal is shown and the stored room listed again.
     */
    void changeRoom(Room room, String newName, int seats, RoomLayout roomLayout, String roomEquipment) {
        String by = attendant.name();
        runner.run(() -> book.saveRoom(room.id(), newName, seats, roomLayout, roomEquipment, room.retired(), by),
                saved -> {
                    message.set("");
                    reload.run();
                }, failure -> {
                    message.set(texts.describe(failure));
                    reload.run();
                });
    }
}
