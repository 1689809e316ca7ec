package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.huiwu.model.flow.StageTemplateItem;
import org.huiwu.model.live.QueuedRecord;

/**
 * The stage checklist template's new versions made during an outage (decision 0048), as the outbox keeps them: the
 * whole version as edited ({@link StageListDao#publishFrom}) with the version it was made over (its number and when
 * it was stored, which names it across laptops); and the template's reads with the waiting versions laid over them
 * ({@code latestVersion}, {@code templateItems}, {@code versionAt}), each waiting version numbered one after the one it
 * was made over, so the template editor and a second edit see it at once. Stateless; call off the FX thread.
 */
public final class QueuedStageTemplates {

    /** A template version as edited here over version {@code seen} (stored at {@code seenAt}). */
    public record StageEdit(int seen, Instant seenAt, List<StageTemplateItem> items, String note, Instant at,
            String by) {

        /** The number it shows as here (and is stored as when nothing came between). */
        public int version() {
            return seen + 1;
        }
    }

    private QueuedStageTemplates() {
    }

    public static StageEdit edit(String body) {
        return RecordJson.read(body, StageEdit.class);
    }

    /** The queued form of a template version made over the one read, or null for another call. */
    @SuppressWarnings("unchecked")
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args) {
        if (owner != StageListDao.class || !name.equals("publishFrom")) {
            return null;
        }
        StageEdit edit = new StageEdit((int) args[0], (Instant) args[1], List.copyOf((List<StageTemplateItem>) args[2]),
                (String) args[3], (Instant) args[4], (String) args[5]);
        return new QueuedWrites.Queued(QueuedRecord.KIND_STAGE_TEMPLATE, java.util.UUID.randomUUID(), null,
                RecordJson.write(edit), edit.at(), edit.version());
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == StageListDao.class && (name.equals("latestVersion") || name.equals("templateItems")
                || name.equals("versionAt"));
    }

    /** Whether the read names a version made here that waits to be sent, so it is answered without the server. */
    static boolean known(Class<?> owner, String name, Object[] args, LocalOutbox outbox) {
        return covers(owner, name) && !name.equals("latestVersion") && outbox.size() > 0
                && waiting(outbox).stream().anyMatch(e -> args[0].equals(e.version()));
    }

    /** The read's answer with the waiting versions laid over it. */
    static Object apply(String name, Object[] args, Object answer, LocalOutbox outbox) {
        List<StageEdit> waiting = waiting(outbox);
        if (name.equals("latestVersion")) {
            int shown = answer == null ? 0 : (Integer) answer;
            return waiting.stream().mapToInt(StageEdit::version).reduce(shown, Math::max);
        }
        for (StageEdit edit : waiting) {
            if (args[0].equals(edit.version())) {
                return name.equals("versionAt") ? Optional.of(edit.at())
                        : edit.items().stream().map(i -> i.inVersion(edit.version())).toList();
            }
        }
        return answer;
    }

    private static List<StageEdit> waiting(LocalOutbox outbox) {
        return outbox.waiting(QueuedRecord.KIND_STAGE_TEMPLATE).stream().map(r -> edit(r.body())).toList();
    }
}
