package org.huiwu.ui.staff;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.logic.staff.Unpledged;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.model.staff.Staffing;
import org.huiwu.ui.common.TaskRunner;

/**
 * The open meeting's staffing table (annex J) while it is edited: its lines, the people and posts to
 * choose from, and the zone typed in. A 涉密 meeting refuses people without a valid pledge; the refusal
 * shows in {@link #problemProperty}. FX thread only.
 */
public final class StaffingViewModel {

    private final StaffDesk desk;
    private final TaskRunner runner;
    private final StaffTexts texts;
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>(this, "meeting");
    private final ObservableList<Staffing> lines = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> people = FXCollections.observableArrayList();
    private final ObservableList<StaffPost> posts = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> person = new SimpleObjectProperty<>(this, "person");
    private final ObjectProperty<StaffPost> post = new SimpleObjectProperty<>(this, "post");
    private final StringProperty zone = new SimpleStringProperty(this, "zone", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ReadOnlyBooleanWrapper classified = new ReadOnlyBooleanWrapper(this, "classified");
    private final StringProperty unpledged = new SimpleStringProperty(this, "unpledged", "");

    public StaffingViewModel(StaffDesk desk, TaskRunner runner, StaffTexts texts) {
        this.desk = desk;
        this.runner = runner;
        this.texts = texts;
        lines.addListener((javafx.collections.ListChangeListener<Staffing>) change -> recheck());
    }

    /** Shows the staffing of {@code shown} (null for none). */
    public void load(Meeting shown) {
        meeting.set(shown);
        classified.set(shown != null && shown.confidentiality() == Confidentiality.CLASSIFIED);
        problem.set("");
        unpledged.set("");
        if (shown == null) {
            lines.clear();
            return;
        }
        runner.run(() -> List.of(desk.staffing().of(shown.id()), desk.roster().members(),
                desk.roster().posts().stream().filter(p -> !p.retired()).toList()), loaded -> {
                    @SuppressWarnings("unchecked") List<Staffing> l = (List<Staffing>) loaded.get(0);
                    @SuppressWarnings("unchecked") List<StaffMember> m = (List<StaffMember>) loaded.get(1);
                    @SuppressWarnings("unchecked") List<StaffPost> p = (List<StaffPost>) loaded.get(2);
                    people.setAll(m);
                    lines.setAll(l);
                    posts.setAll(p);
                }, this::fail);
    }

    /** When a person is chosen, their post is proposed. */
    public void choose(StaffMember chosen) {
        person.set(chosen);
        if (chosen != null && chosen.postId() != null) {
            posts.stream().filter(p -> p.id().equals(chosen.postId())).findFirst().ifPresent(post::set);
        }
    }

    /** Puts the chosen person on the meeting with the post and zone given. */
    public void assign(String by) {
        Meeting current = meeting.get();
        StaffMember chosen = person.get();
        if (current == null) {
            return;
        }
        if (chosen == null) {
            problem.set(texts.i18n().get("staff.staffing.choosePerson"));
            return;
        }
        StaffPost chosenPost = post.get();
        String typedZone = zone.get();
        runner.run(() -> desk.staffing().assign(current, chosen.id(), chosenPost == null ? null : chosenPost.id(),
                typedZone, by), line -> {
                    lines.add(line);
                    problem.set("");
                    person.set(null);
                    zone.set("");
                }, this::fail);
    }

    /** Changes the zone of a line (committed when the cell is left). */
    public void changeZone(Staffing line, String newZone) {
        runner.run(() -> desk.staffing().changeZone(line, newZone), changed -> {
            int at = lines.indexOf(line);
            if (at >= 0) {
                lines.set(at, changed);
            }
        }, this::fail);
    }

    /** Takes the person of the line off the meeting. */
    public void remove(Staffing line) {
        if (line == null) {
            return;
        }
        runner.run(() -> {
            desk.staffing().remove(line.id());
            return line;
        }, removed -> lines.remove(removed), this::fail);
    }

    /**
     * Flags the people on a 涉密 meeting without a pledge valid on its day (they may have come by import or
     * merge); re-read whenever the lines change.
     */
    private void recheck() {
        Meeting current = meeting.get();
        if (current == null || !classified.get()) {
            unpledged.set("");
            return;
        }
        runner.run(() -> desk.staffing().flagged(current), people -> unpledged.set(people.isEmpty() ? ""
                : texts.i18n().format("staff.staffing.unpledged", Unpledged.describe(people, texts.i18n()))),
                this::fail);
    }

    private void fail(Throwable failure) {
        problem.set(texts.describe(failure));
    }

    public ObservableList<Staffing> lines() { return lines; }
    public ObservableList<StaffMember> people() { return people; }
    public ObservableList<StaffPost> posts() { return posts; }
    public ObjectProperty<StaffMember> personProperty() { return person; }
    public ObjectProperty<StaffPost> postProperty() { return post; }
    public StringProperty zoneProperty() { return zone; }
    public StringProperty problemProperty() { return problem; }
    /** Who on this 涉密 meeting has no valid pledge, and why (empty when nobody). */
    public StringProperty unpledgedProperty() { return unpledged; }
    public ReadOnlyBooleanProperty classifiedProperty() { return classified.getReadOnlyProperty(); }
    public ObjectProperty<Meeting> meetingProperty() { return meeting; }
    public StaffTexts texts() { return texts; }
}
