package org.huiwu.ui.flow;

import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.logic.flow.FlowProblem;
import org.huiwu.logic.flow.FlowRejectedException;
import org.huiwu.logic.flow.FlowSnapshot;
import org.huiwu.logic.flow.WorkOrders;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.model.flow.WorkOrder;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.TimeEntry;

/**
 * The work order form of the open meeting (服务通知单): its fields as typed, committed when a field is left
 * or a box ticked, as everywhere in the app (refused with the rule named for flowers or fruit at a working
 * meeting and wireless microphones at a classified one; Esc puts the stored order back), and the
 * confirmation with the organiser. Follows the flow tab's snapshot, so it shows what is stored; typing left
 * behind when another meeting opens is saved to the meeting it was typed for. FX thread only.
 */
public final class WorkOrderViewModel {

    private final WorkOrders orders;
    private final FlowViewModel flow;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final FlowTexts texts;
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
    final StringProperty confirmWith = new SimpleStringProperty("");
    final StringProperty confirmation = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");

    public WorkOrderViewModel(WorkOrders orders, FlowViewModel flow, Attendant attendant, TaskRunner runner,
            FlowTexts texts) {
        this.orders = orders;
        this.flow = flow;
        this.attendant = attendant;
        this.runner = runner;
        this.texts = texts;
        this.startTime = new TimeEntry(texts.i18n().get(FlowProblem.BAD_TIMES.messageKey()));
        this.endTime = new TimeEntry(texts.i18n().get(FlowProblem.BAD_TIMES.messageKey()));
        this.start = startTime.textProperty();
        this.end = endTime.textProperty();
        flow.snapshotProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !old.workOrder().meetingId().equals(now.workOrder().meetingId())) {
                commitFor(old.workOrder());
            }
            if (now != null && !version(now.workOrder()).equals(shown)) {
                shown = version(now.workOrder());
                show(now);
            }
        });
        for (javafx.beans.value.ObservableValue<?> choice : java.util.List.of(layout, nameCards, tea, towels, flowers,
                fruit)) {
            choice.addListener((obs, was, is) -> {
                if (!loading) {
                    commit();
                }
            });
        }
    }

    /**
     * Which stored order the form shows: a reload of the flow (a tick on the stages tab) that brings the same
     * order back leaves what is typed here alone; another meeting, a save or a confirmation shows the new one.
     */
    private static String version(WorkOrder order) {
        boolean draft = order.changedBy().isEmpty() && !order.confirmed();
        return order.meetingId() + "/" + (draft ? "draft" : order.changedAt() + "/" + order.confirmedAt());
    }

    private String shown = "";
    private boolean loading;
    private final java.util.Map<StringProperty, String> shownTexts = new java.util.HashMap<>();

    /**
     * Shows the stored order. A text field whose typing differs from what was shown last keeps the typing
     * (it is being edited while an earlier field's commit came back), unless another meeting is shown.
     */
    private void show(FlowSnapshot snapshot) {
        WorkOrder o = snapshot.workOrder();
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
        confirmation.set(o.confirmed() ? texts.i18n().format("flow.order.confirmedBy", o.confirmedWith(),
                texts.at(o.confirmedAt()), o.confirmedBy()) : texts.i18n().get("flow.order.notConfirmed"));
    }

    private UUID shownMeeting;
    /** The order on its way to storage (Enter, then Tab before it came back, saves it once). */
    private WorkOrder pending;

    private void text(StringProperty field, String stored, boolean force) {
        String before = shownTexts.get(field);
        if (force || before == null || before.equals(field.get())) {
            field.set(stored);
        }
        shownTexts.put(field, stored);
    }

    /**
     * Commits the form (a field left by Tab or a click, Enter, a box ticked): saved when it differs from the
     * stored order; a refusal stays on screen with its reason and the typing is kept.
     */
    public void commit() {
        FlowSnapshot now = flow.snapshotProperty().get();
        if (now != null && !loading) {
            commitFor(now.workOrder());
        }
    }

    private void commitFor(WorkOrder stored) {
        boolean startRead = startTime.commit();
        if (!endTime.commit() || !startRead) {
            message.set(texts.describe(new FlowRejectedException(FlowProblem.BAD_TIMES)));
            return;
        }
        String by = attendant.name();
        WorkOrder typed;
        try {
            typed = typed(stored.meetingId());
        } catch (FlowRejectedException e) {
            message.set(texts.describe(e));
            return;
        }
        if (OrderFields.sameRequirements(typed, stored)) {
            message.set("");
            return;
        }
        if (pending != null && pending.meetingId().equals(typed.meetingId()) && OrderFields.sameRequirements(typed, pending)) {
            return;
        }
        pending = typed;
        runner.run(() -> orders.save(typed, by), saved -> {
            pending = null;
            message.set(texts.i18n().get("flow.order.saved"));
            flow.reload();
        }, failure -> {
            pending = null;
            message.set(texts.describe(failure));
        });
    }

    /** Esc: the fields show the stored order again; nothing is saved. */
    public void cancelEdit() {
        FlowSnapshot now = flow.snapshotProperty().get();
        if (now != null) {
            shownTexts.clear();
            show(now);
            message.set("");
        }
    }

    /** Confirms the stored order with the organiser's contact. */
    public void confirm() {
        FlowSnapshot now = flow.snapshotProperty().get();
        if (now == null) {
            return;
        }
        UUID id = now.workOrder().meetingId();
        String by = attendant.name();
        String with = confirmWith.get();
        runner.run(() -> {
            if (orders.of(id).isEmpty()) {
                orders.save(typed(id), by);
            }
            return orders.confirm(id, with, by);
        }, saved -> {
            message.set("");
            flow.reload();
        }, failure -> message.set(texts.describe(failure)));
    }

    private WorkOrder typed(UUID meetingId) {
        return new WorkOrder(meetingId, room.get(), OrderFields.time(start.get()), OrderFields.time(end.get()), OrderFields.count(expected.get()),
                layout.get(), nameCards.get(), tea.get(), towels.get(), flowers.get(), fruit.get(),
                OrderFields.count(microphones.get()), OrderFields.count(wireless.get()),
                OrderFields.count(projectors.get()), OrderFields.count(videoLinks.get()),
                specialNeeds.get(), "", null, "", java.time.Instant.EPOCH, "");
    }

    public FlowTexts texts() {
        return texts;
    }
}
