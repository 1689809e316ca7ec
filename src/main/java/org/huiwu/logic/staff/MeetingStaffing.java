package org.huiwu.logic.staff;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.i18n.I18n;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.PledgeStatus;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.model.staff.Staffing;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;

/**
 * A meeting's staffing table (annex J): who serves on which post and zone. A person is on a meeting
 * once; a 涉密 meeting takes only people whose confidentiality pledge holds on the meeting's day (annexes
 * F and R). Stateless apart from its collaborators; call from a background thread.
 */
public final class MeetingStaffing {

    private final StaffingDao staffing;
    private final StaffDao staff;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public MeetingStaffing(StaffingDao staffing, StaffDao staff, Clock clock, Supplier<UUID> ids) {
        this.staffing = staffing;
        this.staff = staff;
        this.clock = clock;
        this.ids = ids;
    }

    /** The meeting's staffing, in the order people were put on it. */
    public List<Staffing> of(UUID meetingId) {
        return staffing.ofMeeting(meetingId);
    }

    /** The names of the people on the meeting, for the attendant choices of its other screens. */
    public List<String> names(UUID meetingId) {
        return staffing.ofMeeting(meetingId).stream().map(Staffing::staffName).distinct().toList();
    }

    /**
     * Puts the person on the meeting on that post (null for none) and zone.
     *
     * @throws StaffRejectedException when the person is on it already, or the meeting is 涉密 and the
     *     person has no pledge valid on its day (the message names the person and, if expired, the date)
     * @throws PledgesUnknownException when the meeting is 涉密, the venue server cannot be reached and this laptop
     *     never read the person's pledges (decision 0043); otherwise the line queues during an outage
     */
    public Staffing assign(Meeting meeting, UUID staffId, UUID postId, String zone, String by) {
        StaffMember member = staff.members().stream().filter(m -> m.id().equals(staffId)).findFirst()
                .orElseThrow(() -> new StaffRejectedException(StaffProblem.NOT_FOUND, ""));
        if (staffing.ofMeeting(meeting.id()).stream().anyMatch(s -> s.staffId().equals(staffId))) {
            throw new StaffRejectedException(StaffProblem.ALREADY_STAFFED, member.name());
        }
        if (meeting.confidentiality() == Confidentiality.CLASSIFIED) {
            List<org.huiwu.model.staff.Pledge> pledges;
            try {
                pledges = pledgesOf(staffId);
            } catch (RuntimeException e) {
                if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                    throw e;
                }
                throw new PledgesUnknownException(e);
            }
            PledgeStatus status = StaffRoster.status(pledges, meeting.date());
            if (status == PledgeStatus.MISSING) {
                throw new StaffRejectedException(StaffProblem.PLEDGE_MISSING, member.name());
            }
            if (status == PledgeStatus.EXPIRED) {
                throw new StaffRejectedException(StaffProblem.PLEDGE_EXPIRED, member.name() + "|"
                        + StaffRoster.latest(pledges).map(p -> p.validUntil().toString()).orElse(""));
            }
        }
        if (zone != null && zone.strip().length() > StaffProblem.MAX_SHORT_TEXT) {
            throw new StaffRejectedException(StaffProblem.TEXT_TOO_LONG, String.valueOf(StaffProblem.MAX_SHORT_TEXT));
        }
        StaffPost post = postId == null ? null : staff.posts().stream().filter(p -> p.id().equals(postId)).findFirst()
                .orElse(null);
        Staffing line = new Staffing(ids.get(), meeting.id(), staffId, member.name(),
                post == null ? "" : post.nameZh(), post == null ? "" : post.nameEn(), zone, by);
        staffing.insert(line, clock.instant().atOffset(ZoneOffset.UTC));
        return line;
    }

    /**
     * The people on the meeting without a pledge valid on {@code day}, in staffing order; for a 涉密
     * meeting they are the ones to flag (they may have arrived by import or merge, or the meeting was
     * made 涉密 on another laptop).
     */
    public List<Unpledged> unpledged(UUID meetingId, java.time.LocalDate day) {
        List<Unpledged> found = new java.util.ArrayList<>();
        for (Staffing line : staffing.ofMeeting(meetingId)) {
            var pledges = pledgesOf(line.staffId());
            PledgeStatus status = StaffRoster.status(pledges, day);
            if (status != PledgeStatus.VALID) {
                found.add(new Unpledged(line.staffName(), status, status == PledgeStatus.EXPIRED
                        ? StaffRoster.latest(pledges).map(org.huiwu.model.staff.Pledge::validUntil).orElse(null)
                        : null));
            }
        }
        return found;
    }

    /**
     * The person's pledges; while the venue server cannot be reached and this laptop never read them by person, from
     * the whole pledge list the roster last read (decision 0040).
     */
    private List<org.huiwu.model.staff.Pledge> pledgesOf(UUID staffId) {
        try {
            return staff.pledgesOf(staffId);
        } catch (RuntimeException e) {
            if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
            try {
                return staff.pledges().stream().filter(p -> p.staffId().equals(staffId)).toList();
            } catch (RuntimeException never) {
                e.addSuppressed(never);
                throw e;
            }
        }
    }

    /** The flagged people of {@code meeting} when it is 涉密, otherwise none. */
    public List<Unpledged> flagged(Meeting meeting) {
        return meeting.confidentiality() == Confidentiality.CLASSIFIED ? unpledged(meeting.id(), meeting.date())
                : List.of();
    }

    /** Changes the zone of a line. */
    public Staffing changeZone(Staffing line, String zone) {
        if (zone != null && zone.strip().length() > StaffProblem.MAX_SHORT_TEXT) {
            throw new StaffRejectedException(StaffProblem.TEXT_TOO_LONG, String.valueOf(StaffProblem.MAX_SHORT_TEXT));
        }
        Staffing changed = new Staffing(line.id(), line.meetingId(), line.staffId(), line.staffName(), line.postZh(),
                line.postEn(), zone, line.assignedBy());
        staffing.updateFrom(line, changed);
        return changed;
    }

    /** Takes the person off the meeting. */
    public void remove(UUID lineId) {
        staffing.delete(lineId);
    }

    /** The meetings the person served, newest first. */
    public List<org.huiwu.model.staff.ServedMeeting> meetingsOf(UUID staffId) {
        return staffing.meetingsOf(staffId);
    }

    /** The text of a refusal in the user's language (an expiry date written as the language writes dates). */
    public static String message(StaffRejectedException refused, I18n i18n) {
        Object[] parts = refused.argument().split("\\|", -1);
        if (refused.problem() == StaffProblem.PLEDGE_EXPIRED && parts.length > 1) {
            parts[1] = i18n.date(java.time.LocalDate.parse(parts[1].toString()));
        }
        return i18n.format(refused.problem().messageKey(), parts);
    }
}
