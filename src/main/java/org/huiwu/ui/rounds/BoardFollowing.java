package org.huiwu.ui.rounds;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.model.Attendee;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.ui.common.OpenMeeting;
import org.huiwu.ui.common.TaskRunner;

/**
 * Keeps the round board in step with what is stored elsewhere. A seating or check-in change of another
 * screen is shown at once without reading the database (the snapshot is re-indexed for the new occupants,
 * so the route and the next seat follow); a change of the plan's layout, here or elsewhere, reads the whole board
 * again (decision 0039). Tea records another laptop stored (decision 0031) that the change
 * feed names are read by id and added as this board's own taps are; anything else (a phase change, a round,
 * a pour taken back, records not named) reads the whole board again. FX thread only; reads run on the
 * {@link TaskRunner}.
 */
final class BoardFollowing {

    /** The board being kept in step. */
    interface Board {
        /** The loaded snapshot, or null. */
        BoardSnapshot snapshot();

        /** The meeting whose board is loaded, or null. */
        UUID loadedMeeting();

        /** Shows {@code changed} in place of the snapshot. */
        void replace(BoardSnapshot changed);

        /** Reads the whole board again. */
        void load();
    }

    private final RoundServices services;
    private final TaskRunner runner;
    private final BoardSeating seating;
    private final Board board;
    private final Consumer<String> problem;

    BoardFollowing(RoundServices services, TaskRunner runner, BoardSeating seating, Board board,
            Consumer<String> problem) {
        this.services = services;
        this.runner = runner;
        this.seating = seating;
        this.board = board;
        this.problem = problem;
    }

    /** Follows the seating, the attendees and the tea records of {@code open}. */
    void follow(OpenMeeting open) {
        open.serviceElsewhereProperty().addListener((obs, old, now) ->
                recordsElsewhere(open.serviceRecordsElsewhere()));
        open.assignmentsProperty().addListener((obs, old, stored) -> reseat(stored, seating.people()));
        open.layoutVersionProperty().addListener((obs, old, version) -> {
            if (version.intValue() >= 0 && board.loadedMeeting() != null) {
                board.load();
            }
        });
        open.attendeesProperty().addListener((obs, old, stored) -> {
            if (stored != null) {
                Map<UUID, Attendee> byId = new HashMap<>();
                stored.forEach(a -> byId.put(a.id(), a));
                reseat(seating.assignments(), byId);
            }
        });
    }

    private void reseat(SeatAssignments stored, Map<UUID, Attendee> byId) {
        BoardSnapshot reseated = seating.reseat(board.snapshot(), stored, byId);
        if (reseated != null) {
            board.replace(reseated);
        }
    }

    private void recordsElsewhere(Set<UUID> records) {
        BoardSnapshot snapshot = board.snapshot();
        if (snapshot == null || records.isEmpty()) {
            board.load();
            return;
        }
        UUID meetingId = board.loadedMeeting();
        Set<UUID> unknown = new HashSet<>(records);
        snapshot.history().events().forEach(e -> unknown.remove(e.id()));
        if (unknown.isEmpty()) {
            return;
        }
        runner.run(() -> services.roundBoard().seatEvents(unknown), found -> {
            BoardSnapshot now = board.snapshot();
            if (now == null || meetingId == null || !meetingId.equals(board.loadedMeeting())) {
                return;
            }
            if (found.size() != unknown.size()
                    || found.stream().anyMatch(e -> e.kind() == ServiceEventKind.POUR_UNDONE)) {
                board.load();
                return;
            }
            for (var event : List.copyOf(found)) {
                now = now.with(event);
            }
            board.replace(now);
        }, failure -> problem.accept(services.failures().describe(failure)));
    }
}
