package org.huiwu.logic.incidents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.persistence.AttachmentDao;
import org.huiwu.persistence.ChecklistDao;
import org.huiwu.persistence.DocumentCopyDao;
import org.huiwu.persistence.FileCipher;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.LeftItemDao;
import org.huiwu.persistence.ProcedureDao;
import org.huiwu.persistence.VenueContactDao;
import org.huiwu.logic.limits.InputLimits;

/**
 * Everything the incident screens call, wired together once by the composition root: the incident
 * log, the procedures and their checklists, the venue contacts, attachments, the left-items register
 * and document recovery. Immutable; its parts are thread-safe.
 */
public record IncidentDesk(
        IncidentLog log,
        ProcedureBook procedures,
        ProcedureChecklist checklists,
        VenueContacts contacts,
        AttachmentStore attachments,
        LeftItemRegister leftItems,
        DocumentRecovery documents) {

    /** The DAOs the desk stores its data with. */
    public record Storage(IncidentDao incidents, ProcedureDao procedures, ChecklistDao checklists,
            VenueContactDao contacts, AttachmentDao attachments, LeftItemDao leftItems, DocumentCopyDao documents) {
    }

    /**
     * Wires the desk for the data folder {@code dataDir}. Its clock is cut to whole microseconds, the
     * precision the database keeps, so a value returned by a call equals the value read back later.
     */
    public static IncidentDesk create(Storage storage, AttendeeRoster roster, Path dataDir, Clock appClock,
            Supplier<UUID> ids) {
        return create(storage, roster, dataDir, appClock, ids, FileCipher.NONE);
    }

    /** Wires the desk like {@link #create(Storage, AttendeeRoster, Path, Clock, Supplier)}, attachments encrypted with the cipher. */
    public static IncidentDesk create(Storage storage, AttendeeRoster roster, Path dataDir, Clock appClock,
            Supplier<UUID> ids, FileCipher cipher) {
        Clock clock = Clock.tick(appClock, Duration.ofNanos(1000));
        ProcedureBook procedures = new ProcedureBook(storage.procedures(), new ShippedProcedures(), clock);
        IncidentLog log = new IncidentLog(storage.incidents(), procedures, clock, ids);
        return new IncidentDesk(log, procedures,
                new ProcedureChecklist(storage.checklists(), log, procedures, clock, ids),
                new VenueContacts(storage.contacts(), ids),
                new AttachmentStore(storage.attachments(), dataDir, clock, ids, InputLimits.MAX_ATTACHMENT_BYTES,
                        cipher),
                new LeftItemRegister(storage.leftItems(), clock, ids),
                new DocumentRecovery(storage.documents(), log, roster, clock, ids));
    }
}
