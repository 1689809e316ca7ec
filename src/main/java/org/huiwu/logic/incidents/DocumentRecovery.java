package org.huiwu.logic.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.model.Attendee;
import org.huiwu.model.incidents.DocumentCopy;
import org.huiwu.model.incidents.IncidentDraft;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Severity;
import org.huiwu.persistence.DocumentCopyDao;

/**
 * Numbered copies of classified documents at a confidential meeting (涉密会议): issued to named
 * attendees, signed for, recovered against the list afterwards. Closing the recovery with copies still
 * out raises a severe "confidential document lost" incident listing them, in the same transaction.
 * Each call is one transaction. Synchronous and thread-safe; call it off the FX thread.
 */
public final class DocumentRecovery {

    private final DocumentCopyDao copies;
    private final IncidentLog log;
    private final AttendeeRoster roster;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public DocumentRecovery(DocumentCopyDao copies, IncidentLog log, AttendeeRoster roster, Clock clock,
            Supplier<UUID> ids) {
        this.copies = copies;
        this.log = log;
        this.roster = roster;
        this.clock = clock;
        this.ids = ids;
    }

    /** Issues one copy of {@code title} to each attendee, numbered after the copies already issued. */
    public List<DocumentCopy> issue(UUID meetingId, String title, List<UUID> attendeeIds) {
        if (title == null || title.isBlank()) {
            throw new IncidentRejectedException(IncidentProblem.DOCUMENT_TITLE_MISSING);
        }
        IncidentRejectedException.checkLength(title.strip(), IncidentProblem.MAX_TEXT);
        if (attendeeIds.isEmpty()) {
            throw new IncidentRejectedException(IncidentProblem.NO_RECIPIENTS);
        }
        if (copies.closing(meetingId).isPresent()) {
            throw new IncidentRejectedException(IncidentProblem.RECOVERY_CLOSED);
        }
        int number = copies.highestNumber(meetingId, title.strip());
        Instant now = clock.instant();
        List<DocumentCopy> issued = new ArrayList<>();
        for (UUID attendee : attendeeIds) {
            issued.add(new DocumentCopy(ids.get(), meetingId, title.strip(), ++number, attendee, now, null, null, ""));
        }
        copies.issue(issued);
        return issued;
    }

    /** Records the attendee's signature for the copy now (signing twice keeps the first time). */
    public DocumentCopy markSigned(UUID copyId) {
        copies.markSigned(copyId, clock.instant());
        return find(copyId);
    }

    /** Records the copy as recovered now, also after the recovery was closed (a lost copy turned up). */
    public DocumentCopy markRecovered(UUID copyId, String by) {
        IncidentRejectedException.checkLength(by, IncidentProblem.MAX_NAME);
        copies.markRecovered(copyId, clock.instant(), by);
        return find(copyId);
    }

    /** All copies of the meeting, by title and number. */
    public List<DocumentCopy> copies(UUID meetingId) {
        return copies.ofMeeting(meetingId);
    }

    /** The copies not yet recovered. */
    public List<DocumentCopy> outstanding(UUID meetingId) {
        return copies.ofMeeting(meetingId).stream().filter(DocumentCopy::outstanding).toList();
    }

    /**
     * Closes the meeting's recovery. When copies are still out, a severe "confidential document lost"
     * incident listing each missing copy and its holder is raised with its procedure. Closing again
     * returns the first close.
     */
    public RecoveryClosing closeRecovery(UUID meetingId, String by) {
        Optional<RecoveryClosing> earlier = closing(meetingId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        IncidentRejectedException.checkLength(by, IncidentProblem.MAX_NAME);
        List<DocumentCopy> missing = outstanding(meetingId);
        IncidentVersion lost = null;
        if (!missing.isEmpty()) {
            IncidentDraft draft = log.begin(meetingId, by).withType(IncidentType.CONFIDENTIAL_DOCUMENT_LOST)
                    .withSeverity(Severity.SEVERE).withDescription(missingList(meetingId, missing));
            lost = log.created(draft);
        }
        Instant now = clock.instant();
        copies.close(new DocumentCopyDao.CloseRow(meetingId, now, by, lost == null ? null : lost.incident().id()),
                lost);
        return new RecoveryClosing(meetingId, now, by, missing,
                Optional.ofNullable(lost).map(IncidentVersion::incident));
    }

    /** The close of the meeting's recovery, with the copies still out now, or empty while it is open. */
    public Optional<RecoveryClosing> closing(UUID meetingId) {
        return copies.closing(meetingId).map(row -> new RecoveryClosing(meetingId, row.closedAt(), row.closedBy(),
                outstanding(meetingId), Optional.ofNullable(row.incidentId()).flatMap(log::find)));
    }

    /** One line per missing copy: its title, its number and its holder. */
    private String missingList(UUID meetingId, List<DocumentCopy> missing) {
        Map<UUID, String> names = roster.list(meetingId).stream()
                .collect(Collectors.toMap(Attendee::id, Attendee::name, (a, b) -> a));
        return missing.stream()
                .map(c -> c.title() + " #" + c.copyNumber() + ": "
                        + names.getOrDefault(c.issuedTo(), c.issuedTo().toString()))
                .collect(Collectors.joining("\n"));
    }

    private DocumentCopy find(UUID copyId) {
        return copies.find(copyId).orElseThrow(() -> new IncidentRejectedException(IncidentProblem.NOT_FOUND));
    }
}
