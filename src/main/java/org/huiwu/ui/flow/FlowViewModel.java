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
 * checklist and service checklist), the mandatory items open in the current stage, moving on and the
 * supervisor's override, patrol rounds, and the classified and video records. Every change is saved at once
 * through the {@link TaskRunner} and the flow reloaded, so the tab shows what is stored. FX thread only.
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
    private final ObservableList<String> patrols = FXCollections.observableArrayList();
    private final StringProperty stageText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty nextPatrol = new SimpleStringProperty("");
    private final StringProperty patrolMinutes = new SimpleStringProperty("");
    private final StringProperty patrolNote = new SimpleStringProperty("");
    private final StringProperty phonesIn = new SimpleStringProperty("");
    private final StringProperty phonesOut = new SimpleStringProperty("");
    private final StringProperty approver = new SimpleStringProperty("");
    private final StringProperty approval = new SimpleStringProperty("");
    private final StringProperty supervisor = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty classified = new SimpleBooleanProperty();
    private final BooleanProperty videoLink = new SimpleBooleanProperty();
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();
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
        patrols.setAll(loaded.patrols().stream().map(p -> texts.i18n().format("flow.ui.patrolLine", p.roundNumber(),
                texts.at(p.patrolledAt()), p.patrolledBy(), p.note())).toList());
        nextPatrol.set(loaded.nextPatrol() == null ? texts.i18n().get("flow.ui.patrolNoInterval")
                : texts.i18n().format("flow.ui.patrolNext", texts.at(loaded.nextPatrol())));
        patrolMinutes.set(loaded.flow().patrolMinutes() == 0 ? "" : String.valueOf(loaded.flow().patrolMinutes()));
        classified.set(loaded.flags().classified());
        videoLink.set(loaded.flow().videoLink());
        phonesIn.set(loaded.flow().phonesIn() == null ? "" : loaded.flow().phonesIn().toString());
        phonesOut.set(loaded.flow().phonesOut() == null ? "" : loaded.flow().phonesOut().toString());
        approval.set(loaded.flow().listApprovedAt() == null ? texts.i18n().get("flow.ui.listNotApproved")
                : texts.i18n().format("flow.ui.listApproved", loaded.flow().listApprovedBy(),
                        texts.at(loaded.flow().listApprovedAt())));
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

    public void recordPatrol() {
        UUID id = meetingId();
        String by = attendant.name();
        String note = patrolNote.get();
        save(() -> flows.patrol(id, note, by), () -> patrolNote.set(""));
    }

    public void saveSettings() {
        UUID id = meetingId();
        String by = attendant.name();
        boolean video = videoLink.get();
        Integer minutes = number(patrolMinutes.get());
        save(() -> flows.saveSettings(id, video, minutes == null ? 0 : minutes, by));
    }

    public void savePhones() {
        UUID id = meetingId();
        String by = attendant.name();
        Integer in = number(phonesIn.get());
        Integer out = number(phonesOut.get());
        save(() -> flows.countPhones(id, in, out, by));
    }

    public void approveList() {
        UUID id = meetingId();
        String by = attendant.name();
        String who = approver.get();
        save(() -> flows.approveList(id, who, by), () -> approver.set(""));
    }

    private void save(Callable<Object> work) {
        save(work, () -> { });
    }

    private void save(Callable<Object> work, Runnable after) {
        if (meetingId() == null) {
            return;
        }
        runner.run(work, done -> {
            message.set("");
            after.run();
            reload();
        }, this::fail);
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private UUID meetingId() {
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
    public ObservableList<String> patrols() { return patrols; }
    public StringProperty stageTextProperty() { return stageText; }
    public StringProperty messageProperty() { return message; }
    public StringProperty nextPatrolProperty() { return nextPatrol; }
    public StringProperty patrolMinutesProperty() { return patrolMinutes; }
    public StringProperty patrolNoteProperty() { return patrolNote; }
    public StringProperty phonesInProperty() { return phonesIn; }
    public StringProperty phonesOutProperty() { return phonesOut; }
    public StringProperty approverProperty() { return approver; }
    public StringProperty approvalProperty() { return approval; }
    public StringProperty supervisorProperty() { return supervisor; }
    public StringProperty reasonProperty() { return reason; }
    public BooleanProperty classifiedProperty() { return classified; }
    public BooleanProperty videoLinkProperty() { return videoLink; }
    public BooleanProperty closedProperty() { return closed; }
    public BooleanProperty activeProperty() { return active; }
}
