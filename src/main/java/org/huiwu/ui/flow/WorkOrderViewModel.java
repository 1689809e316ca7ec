package org.huiwu.ui.flow;

import java.util.UUID;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.huiwu.logic.flow.FlowProblem;
import org.huiwu.logic.flow.FlowRejectedException;
import org.huiwu.logic.flow.FlowSnapshot;
import org.huiwu.logic.flow.WorkOrders;
import org.huiwu.model.flow.WorkOrder;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.TaskRunner;

/**
 * The work order form of the open meeting (服务通知单): its fields as typed, committed when a field is left
 * or a box ticked, as everywhere in the app (refused with the rule named for flowers or fruit at a working
 * meeting and wireless microphones at a classified one; Esc puts the stored order back), and the
 * confirmation with the organiser. Follows the flow tab's snapshot, so it shows what is stored; typing left
 * behind when another meeting opens is saved to the meeting it was typed for. The fields themselves are
 * {@link WorkOrderForm}'s. FX thread only.
 */
public final class WorkOrderViewModel extends WorkOrderForm {

    private final WorkOrders orders;
    private final FlowViewModel flow;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final FlowTexts texts;
    final StringProperty confirmWith = new SimpleStringProperty("");
    final StringProperty confirmation = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");

    public WorkOrderViewModel(WorkOrders orders, FlowViewModel flow, Attendant attendant, TaskRunner runner,
            FlowTexts texts) {
        super(texts.i18n().get(FlowProblem.BAD_TIMES.messageKey()));
        this.orders = orders;
        this.flow = flow;
        this.attendant = attendant;
        this.runner = runner;
        this.texts = texts;
        flow.snapshotProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !old.workOrder().meetingId().equals(now.workOrder().meetingId())) {
                commitFor(old.workOrder());
            }
            if (now != null && !version(now.workOrder()).equals(shown)) {
                shown = version(now.workOrder());
                show(now);
            }
        });
        for (ObservableValue<?> choice : choices()) {
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
    /** The order on its way to storage (Enter, then Tab before it came back, saves it once). */
    private WorkOrder pending;

    /** Shows the stored order and whether it is confirmed. */
    private void show(FlowSnapshot snapshot) {
        WorkOrder o = snapshot.workOrder();
        fill(o);
        confirmation.set(o.confirmed() ? texts.i18n().format("flow.order.confirmedBy", o.confirmedWith(),
                texts.at(o.confirmedAt()), o.confirmedBy()) : texts.i18n().get("flow.order.notConfirmed"));
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
            forgetShown();
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

    public FlowTexts texts() {
        return texts;
    }
}
