package org.huiwu.ui.staff;

import java.time.LocalDate;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.guides.TrainingRecords;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.Pledge;
import org.huiwu.model.staff.ServedMeeting;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.training.TrainingSession;

/**
 * One person's page: the meetings they served (from staffing), the training sessions they took part in
 * (the guides' training records, matched by name), their pledges and their assessments. The lists are
 * observable on the FX thread; {@link #read} runs in the background.
 */
public final class PersonPage {

    /**
     * What the page shows, read in one go; {@code unread} when the venue server could not be reached and this laptop
     * never read some part (shown empty, decision 0044).
     */
    public record Content(List<ServedMeeting> meetings, List<TrainingSession> training,
            List<Pledge> pledges, List<Assessment> assessments, boolean unread) {
    }

    private final ObservableList<ServedMeeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<TrainingSession> training = FXCollections.observableArrayList();
    private final ObservableList<Pledge> pledges = FXCollections.observableArrayList();
    private final ObservableList<Assessment> assessments = FXCollections.observableArrayList();

    /** Reads the page of {@code member} (background thread). */
    static Content read(StaffDesk desk, TrainingRecords records, StaffMember member) {
        LocalDate today = desk.roster().today();
        List<ServedMeeting> served = StaffDesk.readOrNone(() -> desk.staffing().meetingsOf(member.id()));
        List<TrainingSession> sessions = StaffDesk.readOrNone(() -> records.list(today.minusYears(3), today).stream()
                .filter(s -> s.trained(member.name())).toList());
        List<Pledge> signed = StaffDesk.readOrNone(() -> desk.roster().pledgesOf(member.id()));
        List<Assessment> assessed = StaffDesk.readOrNone(() -> desk.assessments().ofPerson(member.id()));
        return new Content(served, sessions, signed, assessed,
                served == null || sessions == null || signed == null || assessed == null);
    }

    void show(Content content) {
        meetings.setAll(orEmpty(content.meetings()));
        training.setAll(orEmpty(content.training()));
        pledges.setAll(orEmpty(content.pledges()));
        assessments.setAll(orEmpty(content.assessments()));
    }

    private static <T> List<T> orEmpty(List<T> part) {
        return part == null ? List.of() : part;
    }

    void clear() {
        meetings.clear();
        training.clear();
        pledges.clear();
        assessments.clear();
    }

    public ObservableList<ServedMeeting> meetings() { return meetings; }
    public ObservableList<TrainingSession> training() { return training; }
    public ObservableList<Pledge> pledges() { return pledges; }
    public ObservableList<Assessment> assessments() { return assessments; }
}
