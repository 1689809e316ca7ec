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
    /** Ids of the drafts this catalog made and has not stored yet (a meeting made on this laptop, decision 0040). */
    private final java.util.Set<UUID> drafts = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
        Meeting draft = Meeting.blank(ids.get(), title, clock.instant().atZone(clock.getZone()).toLocalDate());
        drafts.add(draft.id());
        return draft;
    }

    /**
     * Saves a new or edited meeting after checking it: a new one is created ({@link MeetingDao#create}), an edit is
     * written over the meeting as stored or, while the venue server is away, as last seen here
     * ({@link MeetingDao#saveFrom}); both queue during an outage (decisions 0038 and 0040). An edit of a meeting
     * changed elsewhere since is written whole, as before.
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
        Meeting before = stored(meeting.id());
        check.check(before, meeting);
        java.time.Instant now = clock.instant();
        if (before == null ? !meetings.create(meeting, now) : meetings.saveFrom(before, meeting, now) == 0) {
            meetings.save(meeting, now);
        }
        drafts.remove(meeting.id());
        return meeting;
    }

    /**
     * The meeting as stored (or as this laptop last saw it while the venue server is away), null when it is not
     * stored: a new meeting. A draft made here that the server cannot be asked about is new too, since its id was
     * made here (decision 0040); any other meeting the laptop cannot answer for fails as unreachable.
     */
    private Meeting stored(UUID id) {
        try {
            return meetings.find(id).orElse(null);
        } catch (RuntimeException e) {
            if (drafts.contains(id) && org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                return null;
            }
            throw e;
        }
    }

    /** Runs the other features' check on the change to {@code meeting} without saving it (throws when refused). */
    public void check(Meeting meeting) {
        check.check(stored(meeting.id()), meeting);
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
     * with every attendee's check-in reset ({@link MeetingDao#createCopy}). Returns the saved copy. During an outage
     * the copy is queued and shown at once with the attendees the source showed (decision 0043).
     */
    public Meeting duplicate(UUID sourceId) {
        Meeting source = meetings.find(sourceId).orElseThrow(() -> new IllegalArgumentException("no meeting " + sourceId));
        Meeting copy = source.withId(ids.get()).withTitleAndDate(source.title(), source.date().plusWeeks(1));
        meetings.createCopy(copy, sourceId, clock.instant());
        return copy;
    }

    /**
     * Deletes the meeting with its agenda and attendees. Returns whether it existed. During an outage the deletion
     * is queued with what this laptop showed of the meeting, and sent only if no other laptop changed it since
     * (decision 0043).
     */
    public boolean delete(UUID id) {
        return meetings.delete(id) > 0;
    }
}
