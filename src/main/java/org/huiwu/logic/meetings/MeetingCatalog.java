package org.huiwu.logic.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.Meeting;
import org.huiwu.persistence.MeetingDao;

/**
 * Creates, edits, duplicates and deletes meetings. Each call is one transaction; a call that returns
 * has been written to disk. Synchronous and thread-safe; call it off the FX thread.
 */
public final class MeetingCatalog {

    private final MeetingDao meetings;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final MeetingCheck check;

    public MeetingCatalog(MeetingDao meetings, Clock clock, Supplier<UUID> ids) {
        this(meetings, clock, ids, MeetingCheck.NONE);
    }

    /** A catalog whose saves first pass {@code check} (another feature's rule, such as the pledge rule of 涉密). */
    public MeetingCatalog(MeetingDao meetings, Clock clock, Supplier<UUID> ids, MeetingCheck check) {
        this.meetings = meetings;
        this.clock = clock;
        this.ids = ids;
        this.check = check;
    }

    /** All meetings, newest date first. */
    /** Stores edits nobody can be asked about over the version they were made from (decision 0039). */
    public UnattendedSave unattended() {
        return new UnattendedSave(this, clock);
    }

    public List<Meeting> list() {
        return meetings.list();
    }

    public Optional<Meeting> find(UUID id) {
        return meetings.find(id);
    }

    /** A new, unsaved meeting for today with a fresh id. */
    public Meeting draft(String title) {
        return Meeting.blank(ids.get(), title, clock.instant().atZone(clock.getZone()).toLocalDate());
    }

    /**
     * Saves a new or edited meeting after checking it.
     *
     * @throws MeetingRejectedException listing every problem when the meeting is not valid
     * @throws RuntimeException the refusal of the other features' check (such as staff without a pledge on
     *     a meeting made 涉密)
     */
    public Meeting save(Meeting meeting) {
        List<MeetingProblem> problems = MeetingProblem.check(meeting);
        if (!problems.isEmpty()) {
            throw new MeetingRejectedException(problems);
        }
        check(meeting);
        meetings.save(meeting, clock.instant());
        return meeting;
    }

    /** Runs the other features' check on the change to {@code meeting} without saving it (throws when refused). */
    public void check(Meeting meeting) {
        check.check(meetings.find(meeting.id()).orElse(null), meeting);
    }

    /** The stored meeting with its version, for an edit from another laptop's point of view (decision 0031). */
    public Optional<MeetingEdit> edit(UUID id) {
        return meetings.findVersioned(id).map(e -> new MeetingEdit(e.getKey(), e.getValue()));
    }

    /**
     * Saves an edit made from a stored version after checking it; returns the meeting at its new version.
     *
     * @throws MeetingRejectedException listing every problem when the meeting is not valid
     * @throws MeetingChangedElsewhereException with the stored meeting when another laptop stored it since then
     * @throws RuntimeException the refusal of the other features' check, as for {@link #save(Meeting)}
     */
    public MeetingEdit saveAtVersion(Meeting meeting, int expected) {
        List<MeetingProblem> problems = MeetingProblem.check(meeting);
        if (!problems.isEmpty()) {
            throw new MeetingRejectedException(problems);
        }
        check(meeting);
        try {
            return new MeetingEdit(meeting, meetings.saveAtVersion(meeting, expected, clock.instant()));
        } catch (org.huiwu.persistence.ConcurrentChangeException e) {
            throw new MeetingChangedElsewhereException(edit(meeting.id()).orElseThrow(() -> e));
        }
    }

    /**
     * Saves an edit made from {@code base}, the meeting as the editor read it at {@code expected}: written while the
     * meeting is stored exactly as read (whatever its version now), otherwise as {@link #saveAtVersion}. While the
     * venue server cannot be reached, or this laptop's records still wait, the write is queued and merged field by
     * field when sent, a field both laptops changed keeping the other's (decision 0038, amended); it counts as
     * saved, at the version read.
     *
     * @throws MeetingRejectedException listing every problem when the meeting is not valid
     * @throws MeetingChangedElsewhereException with the stored meeting when another laptop stored it since then
     */
    public MeetingEdit saveOver(Meeting base, Meeting meeting, int expected) {
        List<MeetingProblem> problems = MeetingProblem.check(meeting);
        if (!problems.isEmpty()) {
            throw new MeetingRejectedException(problems);
        }
        check.check(base, meeting);
        int written = meetings.saveFrom(base, meeting, clock.instant());
        return written != 0 ? new MeetingEdit(meeting, written < 0 ? expected : written)
                : saveAtVersion(meeting, expected);
    }

    /**
     * Copies a meeting one week later ("clone last week's meeting"): same details, agenda and attendees,
     * with every attendee's check-in reset. Returns the saved copy.
     */
    public Meeting duplicate(UUID sourceId) {
        Meeting source = meetings.find(sourceId).orElseThrow(() -> new IllegalArgumentException("no meeting " + sourceId));
        Meeting copy = source.withId(ids.get()).withTitleAndDate(source.title(), source.date().plusWeeks(1));
        meetings.saveCopy(copy, sourceId, clock.instant());
        return copy;
    }

    /** Deletes the meeting with its agenda and attendees. Returns whether it existed. */
    public boolean delete(UUID id) {
        return meetings.delete(id) > 0;
    }
}
