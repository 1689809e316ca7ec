package org.huiwu;

import org.huiwu.logic.live.OutboxSender;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.LocalOutbox;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.OfflineDaos;

/**
 * This laptop's outbox for a venue server (decision 0031): the records made while the server was unreachable, and
 * the sender that stores them on the server in order once it answers again, over the server's own DAOs
 * ({@link OutboxReplays}). On the laptop's own H2 file there is none ({@link #NONE}): nothing waits, nothing is
 * sent. Thread-safe; its calls do database work, so they are made off the FX thread.
 */
final class VenueOutbox implements AutoCloseable {

    /** The laptop's own H2 file: no server, so nothing ever waits. */
    static final VenueOutbox NONE = new VenueOutbox(null, null, null);

    private final LocalOutbox outbox;
    private final OutboxSender sender;
    private final OfflineDaos offline;

    private VenueOutbox(LocalOutbox outbox, OutboxSender sender, OfflineDaos offline) {
        this.outbox = outbox;
        this.sender = sender;
        this.offline = offline;
    }

    /** The outbox {@code outbox} of the venue server {@code database}, whose reads and writes go through {@code offline}. */
    static VenueOutbox of(LocalOutbox outbox, Database database, ServiceLog serviceLog, OfflineDaos offline) {
        OutboxSender sender = new OutboxSender(outbox, serviceLog.outbox()::replay, database.dao(AttendeeDao.class),
                database.dao(MeetingChecklistDao.class), database.dao(IncidentDao.class), OfflineDaos::unreachable,
                OutboxReplays.of(database));
        return new VenueOutbox(outbox, sender, offline);
    }

    /** Sends what waits, in order; once nothing waits the offline DAOs try the server again at once. */
    int send() {
        if (sender == null) {
            return 0;
        }
        int sent = sender.send();
        if (sent > 0 && sender.waiting() == 0) {
            offline.reached();
        }
        return sent;
    }

    /** How many sent records another laptop's change kept out since the last call. */
    int takeKeptElsewhere() {
        return sender == null ? 0 : sender.takeKeptElsewhere();
    }

    /** The names of the records another laptop's change kept out since the last call (decision 0048). */
    java.util.List<String> takeKeptNames() {
        return sender == null ? java.util.List.of() : sender.takeKeptNames();
    }

    /** How many records wait. */
    int waiting() {
        return sender == null ? 0 : sender.waiting();
    }

    @Override
    public void close() {
        if (outbox != null) {
            outbox.close();
        }
    }
}
