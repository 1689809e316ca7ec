package org.huiwu.logic.staff;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.live.Replay;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.PledgeStatus;
import org.huiwu.model.staff.Staffing;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.QueuedStaffing;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a meeting's staffing changed during an outage (decision 0043), over the venue server's DAOs. A person put on
 * the meeting is stored unless the line is there already (its commit arrived, the answer did not); it is kept out,
 * logged and counted when another laptop put the same person on the meeting meanwhile (one line per person), when
 * the meeting is gone, or when the meeting is 涉密 now and the person has no pledge valid on its day as the server
 * holds them (the pledge rule, checked again). A line's post and zone are merged field by field against the line as
 * seen ({@link FieldMerge}): a field only the other laptop changed keeps theirs, a field both changed keeps theirs,
 * logged and counted. A removal deletes the line unless it is gone already. Stateless; call off the FX thread.
 */
public final class StaffingReplays {

    private static final Logger LOG = LoggerFactory.getLogger(StaffingReplays.class);

    /** The fields of a line an editor changes: the post (both names together) and the zone. */
    static final List<FieldMerge.Field<Staffing>> FIELDS = List.of(
            FieldMerge.Field.<Staffing, List<String>>of("staff.export.post", s -> List.of(s.postZh(), s.postEn()),
                    (s, v) -> new Staffing(s.id(), s.meetingId(), s.staffId(), s.staffName(), v.get(0), v.get(1),
                            s.zone(), s.assignedBy())),
            FieldMerge.Field.<Staffing, String>of("staff.export.zone", Staffing::zone,
                    (s, v) -> new Staffing(s.id(), s.meetingId(), s.staffId(), s.staffName(), s.postZh(),
                            s.postEn(), v, s.assignedBy())));

    private StaffingReplays() {
    }

    /** A person put on a meeting. */
    public static Replay added(StaffingDao staffing, StaffDao staff, MeetingDao meetings) {
        return body -> {
            QueuedStaffing.Added added = QueuedStaffing.added(body);
            Staffing line = added.line();
            if (staffing.line(line.id()).isPresent()) {
                return false;
            }
            Optional<Meeting> meeting = meetings.find(line.meetingId());
            String refused = meeting.isEmpty() ? "the meeting was deleted" : null;
            if (refused == null && staffing.ofMeeting(line.meetingId()).stream()
                    .anyMatch(s -> s.staffId().equals(line.staffId()))) {
                refused = "another laptop put the person on it";
            }
            if (refused == null && meeting.get().confidentiality() == Confidentiality.CLASSIFIED
                    && StaffRoster.status(staff.pledgesOf(line.staffId()), meeting.get().date()) != PledgeStatus.VALID) {
                refused = "the meeting is classified and the person has no valid pledge";
            }
            if (refused != null) {
                LOG.warn("Queued staffing of {} on meeting {} kept out: {} meanwhile", line.staffName(),
                        line.meetingId(), refused);
                return true;
            }
            staffing.insert(line, added.at().atOffset(ZoneOffset.UTC));
            return false;
        };
    }

    /** A line's post and zone changed over the line as seen. */
    public static Replay changed(StaffingDao staffing) {
        return body -> {
            QueuedStaffing.Changed change = QueuedStaffing.changed(body);
            Optional<Staffing> stored = staffing.line(change.mine().id());
            if (stored.isEmpty()) {
                LOG.warn("Queued change of staffing line {} dropped: the person was taken off meanwhile",
                        change.mine().id());
                return false;
            }
            FieldMerge<Staffing> merge = new FieldMerge<>(change.base(), change.mine(), stored.get(), FIELDS);
            boolean clashed = !merge.clashes().isEmpty();
            if (clashed) {
                LOG.warn("Queued change of staffing line {}: {} changed on another laptop meanwhile; theirs is kept",
                        change.mine().id(), merge.clashes().stream().map(FieldMerge.Field::labelKey).toList());
            }
            Staffing written = merge.resolved(false);
            if (!written.equals(stored.get())) {
                staffing.update(written);
            }
            return clashed;
        };
    }

    /** A person taken off a meeting. */
    public static Replay removed(StaffingDao staffing) {
        return body -> {
            if (staffing.delete(UUID.fromString(body)) == 0) {
                LOG.info("Queued removal of staffing line {}: already gone", body);
            }
            return false;
        };
    }
}
