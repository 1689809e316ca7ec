package org.huiwu.ui.incidents;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.ui.common.Attendant;
import org.huiwu.logic.incidents.LeftItemConflictException;
import org.huiwu.logic.incidents.LeftItemRegister;
import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.Meeting;
import org.huiwu.model.incidents.LeftItem;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.MergeQuestion;
import org.huiwu.ui.common.TaskRunner;

/**
 * The left-items register (遗留物品) of the current meeting: registering a found item, handing it to a
 * keeper and marking it returned; open items stay listed until returned (or every item is shown). Read again when
 * records queued during an outage were kept as another laptop left them (decision 0045), so the stored register shows.
 * A hand-over or return is written over the line as shown; another laptop's different one first is asked about
 * (keep mine / take theirs, decision 0050).
 * FX thread only; storage work goes through the {@link TaskRunner}.
 */
public final class LeftItemsViewModel {

    private final LeftItemRegister register;
    private final AppState state;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final IncidentTexts texts;
    private final MergeQuestion question;

    private final ObservableList<LeftItem> items = FXCollections.observableArrayList();
    private final BooleanProperty openOnly = new SimpleBooleanProperty(this, "openOnly", true);
    private final StringProperty what = new SimpleStringProperty(this, "what", "");
    private final StringProperty foundWhere = new SimpleStringProperty(this, "foundWhere", "");
    private final StringProperty person = new SimpleStringProperty(this, "person", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");

    public LeftItemsViewModel(LeftItemRegister register, AppState state, Attendant attendant, TaskRunner runner,
            DialogService dialogs, IncidentTexts texts) {
        this.register = register;
        this.state = state;
        this.attendant = attendant;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.question = new MergeQuestion(dialogs, texts.i18n());
        state.currentMeetingProperty().addListener((obs, old, meeting) -> reload());
        openOnly.addListener((obs, old, now) -> reload());
        state.openMeeting().queuedRefusalsProperty().addListener((obs, old, now) -> reload());
    }

    /** Reads the register of the current meeting. */
    public void reload() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            items.clear();
            summary.set("");
            return;
        }
        UUID meetingId = meeting.id();
        runner.run(() -> register.ofMeeting(meetingId), all -> {
            long open = all.stream().filter(LeftItem::isOpen).count();
            items.setAll(openOnly.get() ? all.stream().filter(LeftItem::isOpen).toList() : all);
            summary.set(texts.i18n().format("incident.leftItems.summary", all.size(), open));
        }, this::fail);
    }

    /** Registers the item described in the form, found now by the attendant. */
    public void registerItem() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            return;
        }
        String item = what.get();
        String where = foundWhere.get();
        write(() -> register.register(meeting.id(), item, where, "", attendant.name()), true);
    }

    /** Records that {@code item} was handed now to the person in the form. */
    public void handOver(LeftItem item) {
        String keeper = person.get() == null ? "" : person.get().strip();
        write(() -> register.handOver(item, keeper), false);
    }

    /** Records that {@code item} went back now to the person in the form. */
    public void markReturned(LeftItem item) {
        String owner = person.get() == null ? "" : person.get().strip();
        write(() -> register.markReturned(item, owner), false);
    }

    /** One register line: what, where, found when and by whom, handed to, returned. */
    public String describe(LeftItem item) {
        String line = texts.i18n().format("incident.leftItems.row", item.what(), item.foundWhere(),
                texts.time(item.foundAt()), item.foundBy());
        if (item.handedAt() != null) {
            line = texts.i18n().format("incident.leftItems.handed", line, item.handedTo(), texts.time(item.handedAt()));
        }
        if (!item.isOpen()) {
            line = texts.i18n().format("incident.leftItems.returned", line, item.returnedTo(),
                    texts.time(item.returnedAt()));
        }
        return line;
    }

    /**
     * Runs a write over the line as shown, then reads the register again. A hand-over or return another laptop made
     * differently first asks which to keep (decision 0050); any other refusal is shown, then the stored register.
     */
    private void write(Callable<LeftItem> work, boolean clearForm) {
        runner.run(work, done -> {
            if (clearForm) {
                what.set("");
                foundWhere.set("");
            }
            reload();
        }, failure -> {
            if (failure instanceof LeftItemConflictException conflict) {
                decide(conflict.merge());
            } else {
                fail(failure);
                reload();
            }
        });
    }

    /** Keep mine writes this laptop's hand-over or return over the stored line; take theirs shows it. */
    private void decide(FieldMerge<LeftItem> merge) {
        LeftItem theirs = merge.theirs();
        LeftItem decided = question.decide(merge, theirs.what(), this::shown);
        if (decided == null) {
            dialogs.showInformation(texts.i18n().get("incident.leftItems.title"),
                    texts.i18n().format("incident.leftItems.notSaved", theirs.what()));
            reload();
        } else if (decided.equals(theirs)) {
            reload();
        } else {
            write(() -> register.saveOver(theirs, decided), false);
        }
    }

    /** A hand-over or return as the question shows it: the person and the time. */
    private String shown(Object value) {
        if (value instanceof List<?> parts) {
            return parts.stream().filter(java.util.Objects::nonNull)
                    .map(p -> p instanceof java.time.Instant at ? texts.time(at) : p.toString())
                    .filter(t -> !t.isBlank()).collect(java.util.stream.Collectors.joining(" "));
        }
        return value == null ? "" : value.toString();
    }

    private void fail(Throwable failure) {
        dialogs.showError(texts.i18n().get("incident.leftItems.title"), texts.describe(failure));
    }

    public ObservableList<LeftItem> items() {
        return items;
    }

    /** The items shown, for tests. */
    List<LeftItem> shown() {
        return List.copyOf(items);
    }

    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }

    public StringProperty whatProperty() {
        return what;
    }

    public StringProperty foundWhereProperty() {
        return foundWhere;
    }

    public StringProperty personProperty() {
        return person;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
