package org.huiwu.ui.flow;

import java.util.UUID;
import java.util.concurrent.Callable;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.flow.FlowProblem;
import org.huiwu.logic.flow.FlowRejectedException;
import org.huiwu.logic.flow.FlowSnapshot;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ItemText;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.flow.Stage;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.TaskRunner;

/**
 * The flow tab's state for the open meeting: its stage, the lines of the stage being viewed (stage
 * checklist and service checklist), the mandatory items open in the current stage, ticking them, moving on
 * and the supervisor's override. The records beside them (patrols, phones, list approval) are
 * {@link FlowRecordsViewModel}'s and the work order {@link WorkOrderViewModel}'s; both follow this model's
 * snapshot. Every change is saved at once through the {@link TaskRunner} and the flow reloaded, so the tab
 * shows what is stored. FX thread only.
 */
public final class FlowViewModel {

    private final MeetingFlows flows;
    private final ServiceChecklists checklists;
    private final AppState state;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final FlowTexts texts;
    private final ObjectProperty<FlowSnapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> viewed = new SimpleObjectProperty<>(Stage.BOOKING);
    private final ObservableList<FlowLine> lines = FXCollections.observableArrayList();
    private final ObservableList<String> open = FXCollections.observableArrayList();
    private final StringProperty stageText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty supervisor = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final OverrideGate overrideGate = new OverrideGate();
    private Runnable stageChanged = () -> { };

    public FlowViewModel(MeetingFlows flows, ServiceChecklists checklists, AppState state, Attendant attendant, TaskRunner runner, FlowTexts texts) {
        this.flows = flows;
        this.checklists = checklists;
        this.state = state;
        this.attendant = attendant;
        this.runner = runner;
        this.texts = texts;
        state.currentMeetingProperty().addListener((obs, old, now) -> reload());
        active.addListener((obs, was, is) -> reload());
        viewed.addListener((obs, old, now) -> showLines());
    }

    /** Reloads the open meeting's flow when the tab is shown (the first open copies its checklists). */
    public void reload() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null || !active.get()) {
            return;
        }
        UUID id = meeting.id();
        String by = attendant.name();
        runner.run(() -> flows.open(id, by), loaded -> apply(id, loaded), this::fail);
        overrideGate.check(runner, texts.i18n());
    }

    /** Reads the venue login ({@code AppContext::venueLogin}) on each reload: an attendant's cannot override. */
    public void readVenueLogin(java.util.function.Supplier<java.util.Optional<org.huiwu.model.staff.VenueLogin>> login) {
        overrideGate.readFrom(login);
    }

    /** Whether the login may press the override (decision 0037), and why not. */
    public OverrideGate overrideGate() {
        return overrideGate;
    }

    private void apply(UUID meetingId, FlowSnapshot loaded) {
        if (state.currentMeeting() == null || !state.currentMeeting().id().equals(meetingId)) {
            return;
        }
        boolean stageMoved = snapshot.get() == null || snapshot.get().stage() != loaded.stage();
        if (snapshot.get() != null && stageMoved && snapshot.get().workOrder().meetingId().equals(meetingId)) {
            stageChanged.run();
        }
        snapshot.set(loaded);
        stageText.set(texts.i18n().format("flow.ui.stageNow", texts.i18n().get(loaded.stage().labelKey()),
                loaded.templateVersion()));
        open.setAll(loaded.open().stream().map(texts::open).toList());
        closed.set(loaded.stage() == Stage.CLOSED);
        if (stageMoved) {
            viewed.set(loaded.stage());
        }
        showLines();
    }

    private void showLines() {
        FlowSnapshot now = snapshot.get();
        if (now == null) {
            lines.clear();
            return;
        }
        Stage stage = viewed.get();
        var i18n = texts.i18n();
        java.util.List<FlowLine> shown = new java.util.ArrayList<>();
        now.linesOf(stage).forEach(l -> shown.add(new FlowLine(l.item().id(), false, i18n.get(l.item().kind().labelKey()),
                ItemText.of(l.item().textZh(), l.item().textEn(), i18n.locale()), l.item().mandatory(), l.settled(),
                l.item().guideId())));
        now.serviceLinesOf(stage).forEach(l -> shown.add(new FlowLine(l.item().id(), true,
                i18n.get(l.item().phase().labelKey()), ItemText.of(l.item().textZh(), l.item().textEn(), i18n.locale()),
                true, l.settled(), "")));
        lines.setAll(shown);
    }

    /** What to run when the open meeting's stage moved (the meeting list shows stages). */
    public void setOnStageChanged(Runnable action) {
        stageChanged = action;
    }

    /** Ticks a line done, or opens it again when it was settled; every mark names the attendant. */
    public void toggle(FlowLine line) {
        MarkState next = line.settled() ? MarkState.OPEN : MarkState.DONE;
        UUID id = meetingId();
        String by = attendant.name();
        save(() -> {
            if (by == null || by.isBlank()) {
                throw new FlowRejectedException(FlowProblem.NAME_MISSING);
            }
            return line.serviceItem() ? checklists.mark(id, line.itemId(), next, "", by)
                    : flows.stageLists().mark(id, line.itemId(), next, "", by);
        });
    }

    /** Closes the current stage; refused (with the reason shown) while mandatory items are open. */
    public void advance() {
        UUID id = meetingId();
        String by = attendant.name();
        save(() -> flows.advance(id, by));
    }

    /** The supervisor closes the stage over open items, with a reason (both logged). */
    public void override() {
        UUID id = meetingId();
        String who = supervisor.get();
        String why = reason.get();
        save(() -> flows.override(id, who, why), () -> reason.set(""));
    }

    private void save(Callable<Object> work) {
        save(work, () -> { });
    }

    /** Saves through the runner, then clears the message, runs {@code after} and reloads; a refusal is shown. */
    void save(Callable<Object> work, Runnable after) {
        if (meetingId() == null) {
            return;
        }
        runner.run(work, done -> {
            message.set("");
            after.run();
            reload();
        }, this::fail);
    }

    UUID meetingId() {
        return state.currentMeeting() == null ? null : state.currentMeeting().id();
    }

    private void fail(Throwable failure) {
        message.set(texts.describe(failure));
    }

    public FlowTexts texts() { return texts; }
    public ObjectProperty<FlowSnapshot> snapshotProperty() { return snapshot; }
    public ObjectProperty<Stage> viewedProperty() { return viewed; }
    public ObservableList<FlowLine> lines() { return lines; }
    public ObservableList<String> openItems() { return open; }
    public StringProperty stageTextProperty() { return stageText; }
    public StringProperty messageProperty() { return message; }
    public StringProperty supervisorProperty() { return supervisor; }
    public StringProperty reasonProperty() { return reason; }
    public BooleanProperty closedProperty() { return closed; }
    public BooleanProperty activeProperty() { return active; }
}
