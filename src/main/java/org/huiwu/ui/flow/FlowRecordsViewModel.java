package org.huiwu.ui.flow;

import java.util.Objects;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.flow.FlowSnapshot;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.ui.common.Attendant;

/**
 * The records the flow tab keeps beside the checklists: patrol rounds (the interval the venue sets, each round
 * logged with what was seen), the video link, and at a classified meeting the phones counted in and out and
 * the approval of the attendee list. The interval and the phone counts commit when their field is left (Esc
 * shows the stored value again); a changed value is saved through the flow tab's model, which reloads the
 * snapshot this model follows. FX thread only.
 */
public final class FlowRecordsViewModel {

    private final MeetingFlows flows;
    private final FlowViewModel flow;
    private final Attendant attendant;
    private final ObservableList<String> patrols = FXCollections.observableArrayList();
    final StringProperty nextPatrol = new SimpleStringProperty("");
    final StringProperty patrolMinutes = new SimpleStringProperty("");
    final StringProperty patrolNote = new SimpleStringProperty("");
    final StringProperty phonesIn = new SimpleStringProperty("");
    final StringProperty phonesOut = new SimpleStringProperty("");
    final StringProperty approver = new SimpleStringProperty("");
    final StringProperty approval = new SimpleStringProperty("");
    final BooleanProperty classified = new SimpleBooleanProperty();
    final BooleanProperty videoLink = new SimpleBooleanProperty();
    private boolean loading;

    public FlowRecordsViewModel(MeetingFlows flows, FlowViewModel flow, Attendant attendant) {
        this.flows = flows;
        this.flow = flow;
        this.attendant = attendant;
        flow.snapshotProperty().addListener((obs, old, now) -> show(now));
        videoLink.addListener((obs, was, is) -> {
            if (!loading) {
                saveSettings();
            }
        });
    }

    private void show(FlowSnapshot loaded) {
        if (loaded == null) {
            return;
        }
        var texts = flow.texts();
        loading = true;
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
        loading = false;
    }

    /** Esc in a record field: the stored values are shown again. */
    public void cancelEdit() {
        show(flow.snapshotProperty().get());
    }

    public void recordPatrol() {
        UUID id = flow.meetingId();
        String by = attendant.name();
        String note = patrolNote.get();
        flow.save(() -> flows.patrol(id, note, by), () -> patrolNote.set(""));
    }

    /** Saves the patrol interval and the video link when they differ from what is stored. */
    public void saveSettings() {
        FlowSnapshot now = flow.snapshotProperty().get();
        Integer minutes = number(patrolMinutes.get());
        int typed = minutes == null ? 0 : minutes;
        if (now == null || (typed == now.flow().patrolMinutes() && videoLink.get() == now.flow().videoLink())) {
            return;
        }
        UUID id = flow.meetingId();
        String by = attendant.name();
        boolean video = videoLink.get();
        flow.save(() -> flows.saveSettings(id, video, typed, by), () -> { });
    }

    /** Saves the phone counts when they differ from what is stored. */
    public void savePhones() {
        FlowSnapshot now = flow.snapshotProperty().get();
        Integer in = number(phonesIn.get());
        Integer out = number(phonesOut.get());
        if (now == null || (Objects.equals(in, now.flow().phonesIn()) && Objects.equals(out, now.flow().phonesOut()))) {
            return;
        }
        UUID id = flow.meetingId();
        String by = attendant.name();
        flow.save(() -> flows.countPhones(id, in, out, by), () -> { });
    }

    public void approveList() {
        UUID id = flow.meetingId();
        String by = attendant.name();
        String who = approver.get();
        flow.save(() -> flows.approveList(id, who, by), () -> approver.set(""));
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

    public ObservableList<String> patrols() {
        return patrols;
    }
}
