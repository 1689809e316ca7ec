package org.huiwu.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.AssessmentTemplate;

/**
 * The assessment form's new versions made during an outage (decision 0048), as the outbox keeps them: the version's
 * items ({@link AssessmentDao#saveVersionFrom}) with the version they were made over (its number and when it was
 * stored, which names it across laptops); and the form's reads with the waiting versions laid over them
 * ({@code current}, {@code latestVersion}, {@code items}, {@code versionAt}), each waiting version numbered one after
 * the one it was made over, so the form editor and the entry form show it at once. Stateless; call off the FX thread.
 */
public final class QueuedAssessmentForms {

    /** A form version as saved here over version {@code seen} (stored at {@code seenAt}). */
    public record FormEdit(int seen, Instant seenAt, List<AssessmentItem> items, Instant at, String by) {

        /** The number it shows as here (and is stored as when nothing came between). */
        public int version() {
            return seen + 1;
        }
    }

    private QueuedAssessmentForms() {
    }

    public static FormEdit edit(String body) {
        return RecordJson.read(body, FormEdit.class);
    }

    /** The queued form of a form version saved over the one read, or null for another call. */
    @SuppressWarnings("unchecked")
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args) {
        if (owner != AssessmentDao.class || !name.equals("saveVersionFrom")) {
            return null;
        }
        FormEdit edit = new FormEdit((int) args[0], (Instant) args[1], List.copyOf((List<AssessmentItem>) args[2]),
                ((OffsetDateTime) args[3]).toInstant(), (String) args[4]);
        return new QueuedWrites.Queued(QueuedRecord.KIND_ASSESSMENT_FORM, java.util.UUID.randomUUID(), null,
                RecordJson.write(edit), edit.at(), new AssessmentTemplate(edit.version(), edit.items()));
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == AssessmentDao.class && List.of("current", "latestVersion", "items", "versionAt").contains(name);
    }

    /** Whether the read names a version made here that waits to be sent, so it is answered without the server. */
    static boolean known(Class<?> owner, String name, Object[] args, LocalOutbox outbox) {
        return owner == AssessmentDao.class && (name.equals("items") || name.equals("versionAt")) && outbox.size() > 0
                && waiting(outbox).stream().anyMatch(e -> args[0].equals(e.version()));
    }

    /** The read's answer with the waiting versions laid over it. */
    static Object apply(String name, Object[] args, Object answer, LocalOutbox outbox) {
        List<FormEdit> waiting = waiting(outbox);
        if (waiting.isEmpty()) {
            return answer;
        }
        FormEdit last = waiting.get(waiting.size() - 1);
        if (name.equals("current")) {
            return new AssessmentTemplate(last.version(), last.items());
        }
        if (name.equals("latestVersion")) {
            return Optional.of(last.version());
        }
        for (FormEdit edit : waiting) {
            if (args[0].equals(edit.version())) {
                return name.equals("versionAt") ? Optional.of(edit.at()) : edit.items();
            }
        }
        return answer;
    }

    private static List<FormEdit> waiting(LocalOutbox outbox) {
        return outbox.waiting(QueuedRecord.KIND_ASSESSMENT_FORM).stream().map(r -> edit(r.body())).toList();
    }
}
