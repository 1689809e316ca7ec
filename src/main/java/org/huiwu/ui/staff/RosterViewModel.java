package org.huiwu.ui.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.guides.TrainingRecords;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.logic.staff.StaffRoster;
import org.huiwu.model.staff.Pledge;
import org.huiwu.model.staff.PledgeStatus;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * The staff roster (annex B) while the supervisor works on it: the people with their pledge standing
 * today, the form of the one selected ({@link PersonForm}), and that person's page (meetings, training, pledges,
 * assessments). Writes go through the runner, over the person as shown: another laptop's change of the same field
 * first is asked about ({@link PersonSaves}, decision 0050); refusals show in {@link #problemProperty}. FX thread
 * only.
 */
public final class RosterViewModel {

    /** One person in the list with the pledge standing today. */
    public record Row(StaffMember member, PledgeStatus pledge) {
    }

    private final StaffDesk desk;
    private final TrainingRecords training;
    private final TaskRunner runner;
    private final StaffTexts texts;
    private final ObservableList<Row> people = FXCollections.observableArrayList();
    private final ObservableList<StaffPost> posts = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> selected = new SimpleObjectProperty<>(this, "selected");
    private final PersonForm form = new PersonForm();
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>(this, "signedOn");
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>(this, "validUntil");
    private final PersonPage page = new PersonPage();
    private final PersonSaves saves;
    private UUID draftId = UUID.randomUUID();

    public RosterViewModel(StaffDesk desk, TrainingRecords training, TaskRunner runner, StaffTexts texts,
            DialogService dialogs) {
        this.desk = desk;
        this.training = training;
        this.runner = runner;
        this.texts = texts;
        this.saves = new PersonSaves(desk, runner, dialogs, texts);
        form.post.addListener((o, was, now) -> commit());
        form.startDate.addListener((o, was, now) -> commit());
    }

    /** Reads the posts and people, then selects {@code select} (or keeps nothing selected). */
    public void reload(UUID select) {
        runner.run(() -> {
            StaffRoster roster = desk.roster();
            LocalDate today = roster.today();
            Map<UUID, List<Pledge>> pledges = roster.pledges().stream().collect(Collectors.groupingBy(Pledge::staffId));
            List<Row> rows = roster.members().stream().map(m -> new Row(m,
                    StaffRoster.status(pledges.getOrDefault(m.id(), List.of()), today))).toList();
            return new Object[] {roster.posts(), rows};
        }, loaded -> {
            @SuppressWarnings("unchecked") List<StaffPost> p = (List<StaffPost>) loaded[0];
            @SuppressWarnings("unchecked") List<Row> r = (List<Row>) loaded[1];
            posts.setAll(p.stream().filter(x -> !x.retired()).toList());
            people.setAll(r);
            r.stream().filter(row -> row.member().id().equals(select)).findFirst().ifPresent(row -> select(row.member()));
        }, this::fail);
    }

    /** Shows the person in the form and reads their page. */
    public void select(StaffMember member) {
        selected.set(member);
        draftId = UUID.randomUUID();
        problem.set("");
        form.show(member, posts);
        page.clear();
        if (member != null) {
            runner.run(() -> PersonPage.read(desk, training, member), content -> {
                page.show(content);
                if (content.unread()) {
                    problem.set(texts.i18n().get("staff.page.unread"));
                }
            }, this::fail);
        }
    }

    /** Starts a new person (stored at the first commit with a name). */
    public void startNew() {
        select(null);
    }

    /** Whether the form differs from the person as last saved (a new person: whether anything is typed). */
    public boolean changed() {
        return form.differsFrom(selected.get());
    }

    /**
     * Keeps the form (a field left, Enter, a choice made): saves it when it differs from the saved person.
     * A new person is stored once named. A refusal stays on screen with the typed values.
     */
    public void commit() {
        if (form.showing() || !changed() || (selected.get() == null && form.name.get().isBlank())) {
            return;
        }
        StaffMember current = selected.get();
        saves.store(current, form.edited(current == null ? draftId : current.id()), List.copyOf(posts), this::saved,
                (stored, message) -> {
                    saved(stored);
                    form.show(stored, posts);
                    problem.set(message);
                }, this::fail);
    }

    private void saved(StaffMember saved) {
        problem.set("");
        StaffMember current = selected.get();
        if (current == null ? saved.id().equals(draftId) : current.id().equals(saved.id())) {
            selected.set(saved);
        }
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).member().id().equals(saved.id())) {
                people.set(i, new Row(saved, people.get(i).pledge()));
                return;
            }
        }
        people.add(new Row(saved, PledgeStatus.MISSING));
        people.sort(java.util.Comparator.comparing(row -> row.member().name()));
    }

    /** Esc: puts the form back to the person as last saved. */
    public void revert() {
        problem.set("");
        form.show(selected.get(), posts);
    }

    /** Saves the form now (the Save button). */
    public void save() {
        commit();
    }

    /** Records a pledge of the selected person with the dates typed in. */
    public void recordPledge(String by) {
        StaffMember current = selected.get();
        if (current == null) {
            return;
        }
        LocalDate from = signedOn.get();
        LocalDate until = validUntil.get();
        runner.run(() -> desk.roster().recordPledge(current.id(), from, until, "", by), pledge -> {
            signedOn.set(null);
            validUntil.set(null);
            reload(current.id());
        }, this::fail);
    }

    /** The latest pledge of the selected person, for the printed sheet (null when none). */
    public Pledge latestPledge() {
        return StaffRoster.latest(page.pledges()).orElse(null);
    }

    private void fail(Throwable failure) {
        problem.set(texts.describe(failure));
    }

    /** Runs {@code then} with the selected person, if any. */
    public void withSelected(Consumer<StaffMember> then) {
        if (selected.get() != null) {
            then.accept(selected.get());
        }
    }

    public ObservableList<Row> people() { return people; }
    public ObservableList<StaffPost> posts() { return posts; }
    public ObjectProperty<StaffMember> selectedProperty() { return selected; }
    public StringProperty nameProperty() { return form.name; }
    public ObjectProperty<StaffPost> postProperty() { return form.post; }
    public StringProperty gradeProperty() { return form.grade; }
    public StringProperty phoneProperty() { return form.phone; }
    public ObjectProperty<LocalDate> startDateProperty() { return form.startDate; }
    public StringProperty notesProperty() { return form.notes; }
    public StringProperty problemProperty() { return problem; }
    public ObjectProperty<LocalDate> signedOnProperty() { return signedOn; }
    public ObjectProperty<LocalDate> validUntilProperty() { return validUntil; }
    public PersonPage page() { return page; }
    public StaffTexts texts() { return texts; }
}
