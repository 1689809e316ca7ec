package org.huiwu.logic.attendees;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.OfflineDaos;
import org.huiwu.persistence.Versioned;

/**
 * The attendee list of a meeting: adding, editing, removing, precedence moves, check-in and the
 * all-or-nothing import (what the table flags about the list is {@link RosterWarnings}'). Each call is one
 * transaction and is on disk when it returns. Synchronous and thread-safe; call it off the FX thread.
 */
public final class AttendeeRoster {

    private final AttendeeDao attendees;
    private final Clock clock;
    private final BooleanSupplier holding;
    private final EditsOverSeen overSeen;

    /** The roster of a store that is always there (the laptop's own H2 file): every edit is version-checked. */
    public AttendeeRoster(AttendeeDao attendees, Clock clock) {
        this(attendees, clock, () -> false);
    }

    /**
     * The roster of a venue-server store whose check-ins may queue on this laptop (decision 0031, amended).
     *
     * @param holding whether writes queue now rather than reach the server ({@link OfflineDaos#holding})
     */
    public AttendeeRoster(AttendeeDao attendees, Clock clock, BooleanSupplier holding) {
        this.attendees = attendees;
        this.clock = clock;
        this.holding = holding;
        this.overSeen = new EditsOverSeen(attendees, clock);
    }

    /** The meeting's attendees in precedence order. */
    public List<Attendee> list(UUID meetingId) {
        return attendees.listByMeeting(meetingId);
    }

    /**
     * Saves a new or edited attendee.
     *
     * @throws AttendeeRejectedException when a field is empty or too long
     */
    public Attendee save(Attendee attendee) {
        List<AttendeeProblem> problems = AttendeeProblem.check(attendee);
        if (!problems.isEmpty()) {
            throw new AttendeeRejectedException(problems);
        }
        attendees.save(attendee);
        return attendee;
    }

    /**
     * Saves an edit of an attendee's details or check-in made from {@code base}, the attendee as the editor read
     * it, without overwriting what another laptop stored since (decision 0031): the fields only the other laptop
     * changed are kept, the editor's own changes written; a field both changed differently is not decided here but
     * returned as a conflict. The write is {@code UPDATE ... WHERE id = ? AND version = ?} at the version read.
     *
     * <p>An edit is queued on this laptop instead while the venue server cannot be reached or earlier records still
     * wait to be sent: an edit of the check-in alone carries the state the editor saw and is stored later only over
     * that state ({@link AttendeeDao#updateCheckInFrom}, decision 0031 amended); any other edit carries the attendee
     * as seen and as edited ({@link AttendeeDao#saveFrom}) and is merged field by field when sent (decision 0038).
     * Either counts as written here.
     *
     * @throws AttendeeRejectedException when a field is empty or too long; nothing is written then
     */
    public AttendeeEdit saveOver(Attendee base, Attendee mine) {
        List<AttendeeProblem> problems = AttendeeProblem.check(mine);
        if (!problems.isEmpty()) {
            throw new AttendeeRejectedException(problems);
        }
        boolean checkInOnly = base.checkIn() != mine.checkIn() && base.withCheckIn(mine.checkIn()).equals(mine);
        if (holding.getAsBoolean()) {
            return overSeen(base, mine, checkInOnly);
        }
        try {
            return saveAtVersion(base, mine);
        } catch (RuntimeException e) {
            if (!OfflineDaos.unreachable(e)) {
                throw e;
            }
            return overSeen(base, mine, checkInOnly);
        }
    }

    /** The edit written, or queued, over what the editor saw ({@link EditsOverSeen}); merged when that was changed. */
    private AttendeeEdit overSeen(Attendee base, Attendee mine, boolean checkInOnly) {
        return checkInOnly ? overSeen.checkInFrom(base, mine)
                : overSeen.editFrom(base, mine).orElseGet(() -> saveAtVersion(base, mine));
    }

    private AttendeeEdit saveAtVersion(Attendee base, Attendee mine) {
        FieldMerge<Attendee> merge = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Versioned<Attendee>> stored = attendees.findVersioned(mine.id());
            if (stored.isEmpty()) {
                return AttendeeEdit.removed();
            }
            merge = new FieldMerge<>(base, mine, stored.get().record(), AttendeeEdit.FIELDS);
            if (!merge.clashes().isEmpty()) {
                return AttendeeEdit.clash(merge);
            }
            Attendee written = merge.resolved(true);
            OffsetDateTime at = written.checkIn() == CheckInStatus.EXPECTED ? null
                    : clock.instant().atOffset(ZoneOffset.UTC);
            if (attendees.saveAtVersion(written, stored.get().version(), at)) {
                return AttendeeEdit.written(attendees.find(mine.id()).orElse(written));
            }
        }
        return AttendeeEdit.clash(merge);
    }

    public boolean remove(UUID attendeeId) {
        return attendees.delete(attendeeId) > 0;
    }

    /** The next free rank at the end of the meeting's precedence list. */
    public int nextRank(UUID meetingId) {
        return list(meetingId).stream().mapToInt(Attendee::rank).max().orElse(0) + 1;
    }

    /** Records arrival (or absence) now, by the injected clock. */
    public void checkIn(UUID attendeeId, CheckInStatus status) {
        attendees.updateCheckIn(attendeeId, status.name(),
                status == CheckInStatus.EXPECTED ? null : clock.instant().atOffset(ZoneOffset.UTC));
    }

    /**
     * Moves an attendee to {@code targetIndex} of the precedence list. Attendees keep their relative
     * order; ranks are renumbered only as far as needed, so ties elsewhere in the list survive.
     * Returns the list as it now stands.
     */
    public List<Attendee> moveTo(UUID meetingId, UUID attendeeId, int targetIndex) {
        List<Attendee> ordered = new ArrayList<>(list(meetingId));
        List<Attendee> moved = PrecedenceMove.apply(ordered, attendeeId, targetIndex);
        if (!moved.isEmpty()) {
            attendees.updateRanks(moved);
        }
        return list(meetingId);
    }

    /**
     * Imports attendees all-or-nothing: every one is checked first, then all are inserted in one
     * transaction.
     *
     * @throws AttendeeRejectedException when any one of them is invalid; nothing is written then
     */
    public void importAll(List<Attendee> imported) {
        checkAll(imported);
        attendees.insertAllOrNothing(imported);
    }

    /**
     * Replaces the meeting's list with {@code imported} all-or-nothing: the old attendees are removed
     * as {@link #remove} removes one (their seat assignments go, the tea history keeps its records) and
     * the new ones inserted, in one transaction. Returns how many were removed.
     *
     * @throws AttendeeRejectedException when any one of them is invalid; nothing is changed then
     */
    public int replaceAll(UUID meetingId, List<Attendee> imported) {
        checkAll(imported);
        return attendees.replaceAllOrNothing(meetingId, imported);
    }

    private static void checkAll(List<Attendee> imported) {
        for (Attendee attendee : imported) {
            List<AttendeeProblem> problems = AttendeeProblem.check(attendee);
            if (!problems.isEmpty()) {
                throw new AttendeeRejectedException(problems);
            }
        }
    }
}
