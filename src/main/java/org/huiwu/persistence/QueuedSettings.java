package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.live.QueuedRecord;

/**
 * A venue-wide setting saved during an outage (decision 0046): {@link SettingDao#save} as the outbox keeps it (the
 * key and the value), and {@link SettingDao#find} with the last value queued for its key laid over the remembered
 * answer, so the screen that saved it shows it at once. Sent, the value is saved as made: the last writer of a key
 * wins, as two laptops saving it while the server answers. The laptop's own settings never come here
 * ({@link LaptopSettings}). Stateless; call off the FX thread.
 */
public final class QueuedSettings {

    /** A setting as queued. */
    public record Saved(String key, String value) {
    }

    private QueuedSettings() {
    }

    public static Saved saved(String body) {
        return RecordJson.read(body, Saved.class);
    }

    /** The queued form of a setting saved, or null for another call. */
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args) {
        if (owner != SettingDao.class || !name.equals("save")) {
            return null;
        }
        return new QueuedWrites.Queued(QueuedRecord.KIND_SETTING, UUID.randomUUID(), null,
                RecordJson.write(new Saved((String) args[0], (String) args[1])), Instant.now(), null);
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == SettingDao.class && name.equals("find");
    }

    /** Whether a value for the key read waits, so the read answers without the server. */
    static boolean known(Class<?> owner, String name, Object[] args, LocalOutbox outbox) {
        return covers(owner, name) && last(args[0], outbox).isPresent();
    }

    /** The setting read, with the last value queued for its key in place of the remembered one. */
    static Object apply(Object[] args, Object answer, LocalOutbox outbox) {
        Optional<String> queued = last(args[0], outbox);
        return queued.isPresent() ? queued : answer;
    }

    private static Optional<String> last(Object key, LocalOutbox outbox) {
        List<Saved> waiting = outbox.waiting(QueuedRecord.KIND_SETTING).stream().map(r -> saved(r.body()))
                .filter(s -> s.key().equals(key)).toList();
        return waiting.isEmpty() ? Optional.empty() : Optional.of(waiting.get(waiting.size() - 1).value());
    }
}
