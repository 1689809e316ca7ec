package org.huiwu.ui.flow;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.huiwu.model.flow.RoomLayout;
import org.huiwu.model.flow.WorkOrder;
import org.huiwu.ui.common.TimeEntry;

/**
 * The work order form's fields as typed (room, times, expected attendees, layout, the ticks, the equipment
 * counts, special needs): filled from a stored order without losing typing in progress, and read back as the
 * order typed. {@link WorkOrderViewModel} decides when to fill, commit and confirm. FX thread only.
 */
abstract class WorkOrderForm {

    final StringProperty room = new SimpleStringProperty("");
    final TimeEntry startTime;
    final TimeEntry endTime;
    final StringProperty start;
    final StringProperty end;
    final StringProperty expected = new SimpleStringProperty("");
    final ObjectProperty<RoomLayout> layout = new SimpleObjectProperty<>(RoomLayout.BOARDROOM);
    final BooleanProperty nameCards = new SimpleBooleanProperty();
    final BooleanProperty tea = new SimpleBooleanProperty();
    final BooleanProperty towels = new SimpleBooleanProperty();
    final BooleanProperty flowers = new SimpleBooleanProperty();
    final BooleanProperty fruit = new SimpleBooleanProperty();
    final StringProperty microphones = new SimpleStringProperty("");
    final StringProperty wireless = new SimpleStringProperty("");
    final StringProperty projectors = new SimpleStringProperty("");
    final StringProperty videoLinks = new SimpleStringProperty("");
    final StringProperty specialNeeds = new SimpleStringProperty("");
    private final Map<StringProperty, String> shownTexts = new HashMap<>();
    private UUID shownMeeting;
    /** True while the form is being filled from a stored order, so its changes are no commits. */
    boolean loading;

    WorkOrderForm(String badTimes) {
        this.startTime = new TimeEntry(badTimes);
        this.endTime = new TimeEntry(badTimes);
        this.start = startTime.textProperty();
        this.end = endTime.textProperty();
    }

    /** The choices and ticks, whose change is committed at once. */
    final List<ObservableValue<?>> choices() {
        return List.of(layout, nameCards, tea, towels, flowers, fruit);
    }

    /**
     * Shows the stored order. A text field whose typing differs from what was shown last keeps the typing
     * (it is being edited while an earlier field's commit came back), unless another meeting is shown.
     */
    final void fill(WorkOrder o) {
        boolean otherMeeting = !o.meetingId().equals(shownMeeting);
        shownMeeting = o.meetingId();
        loading = true;
        text(room, o.roomName(), otherMeeting);
        text(start, o.startTime() == null ? "" : o.startTime().toString(), otherMeeting);
        text(end, o.endTime() == null ? "" : o.endTime().toString(), otherMeeting);
        text(expected, String.valueOf(o.expectedAttendees()), otherMeeting);
        layout.set(o.layout());
        nameCards.set(o.nameCards());
        tea.set(o.tea());
        towels.set(o.towels());
        flowers.set(o.flowers());
        fruit.set(o.fruit());
        text(microphones, String.valueOf(o.microphones()), otherMeeting);
        text(wireless, String.valueOf(o.wirelessMicrophones()), otherMeeting);
        text(projectors, String.valueOf(o.projectors()), otherMeeting);
        text(videoLinks, String.valueOf(o.videoLinks()), otherMeeting);
        text(specialNeeds, o.specialNeeds(), otherMeeting);
        loading = false;
    }

    /** Forgets what was shown, so that the next {@link #fill} replaces every field's typing. */
    final void forgetShown() {
        shownTexts.clear();
    }

    private void text(StringProperty field, String stored, boolean force) {
        String before = shownTexts.get(field);
        if (force || before == null || before.equals(field.get())) {
            field.set(stored);
        }
        shownTexts.put(field, stored);
    }

    /** The order as typed, for {@code meetingId}; refused when a count or time cannot be read. */
    final WorkOrder typed(UUID meetingId) {
        return new WorkOrder(meetingId, room.get(), OrderFields.time(start.get()), OrderFields.time(end.get()), OrderFields.count(expected.get()),
                layout.get(), nameCards.get(), tea.get(), towels.get(), flowers.get(), fruit.get(),
                OrderFields.count(microphones.get()), OrderFields.count(wireless.get()),
                OrderFields.count(projectors.get()), OrderFields.count(videoLinks.get()),
                specialNeeds.get(), "", null, "", Instant.EPOCH, "");
    }
}
