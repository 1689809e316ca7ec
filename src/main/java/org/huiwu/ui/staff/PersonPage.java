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

    /** What the page shows, read in one go. */
    public record Content(List<ServedMeeting> meetings, List<TrainingSession> training,
            List<Pledge> pledges, List<Assessment> assessments) {
    }

    private final ObservableList<ServedMeeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<TrainingSession> training = FXCollections.observableArrayList();
    private final ObservableList<Pledge> pledges = FXCollections.observableArrayList();
    private final ObservableList<Assessment> assessments = FXCollections.observableArrayList();

    /** Reads the page of {@code member} (background thread). */
    static Content read(StaffDesk desk, TrainingRecords records, StaffMember member) {
        LocalDate today = desk.roster().today();
        List<TrainingSession> sessions = records.list(today.minusYears(3), today).stream()
                .filter(s -> s.trained(member.name())).toList();
        return new Content(desk.staffing().meetingsOf(member.id()), sessions, desk.roster().pledgesOf(member.id()),
                desk.assessments().ofPerson(member.id()));
    }

    void show(Content content) {
        meetings.setAll(content.meetings());
        training.setAll(content.training());
        pledges.setAll(content.pledges());
        assessments.setAll(content.assessments());
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
