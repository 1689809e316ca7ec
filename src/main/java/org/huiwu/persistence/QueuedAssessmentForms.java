package org.huiwu.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.AssessmentTemplate;

/**
 * The assessment form's new versions made during an outage (decision 0048), kept as {@link QueuedVersions} keeps
 * every form's: the version's items ({@link AssessmentDao#saveVersionFrom}) over the version read; and the form's
 * reads ({@code current}, {@code latestVersion}, {@code items}, {@code versionAt}) with the waiting versions laid over
 * them, so the form editor and the entry form show it at once. Stateless; call off the FX thread.
 */
public final class QueuedAssessmentForms {

    /** A form version as saved here over version {@code seen} (stored at {@code seenAt}). */
    public record FormEdit(int seen, Instant seenAt, List<AssessmentItem> items, Instant at, String by)
            implements QueuedVersions.Edit {
    }

    private static final QueuedVersions<FormEdit> VERSIONS = new QueuedVersions<>(AssessmentDao.class,
            "saveVersionFrom", QueuedRecord.KIND_ASSESSMENT_FORM, FormEdit.class, Set.of("current", "latestVersion"),
            "items");

    private QueuedAssessmentForms() {
    }

    public static FormEdit edit(String body) {
        return VERSIONS.edit(body);
    }

    /** The queued form of a form version saved over the one read (answering the form), or null for another call. */
    @SuppressWarnings("unchecked")
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args) {
        return VERSIONS.queueable(owner, name, args, a -> new FormEdit((int) a[0], (Instant) a[1],
                List.copyOf((List<AssessmentItem>) a[2]), ((OffsetDateTime) a[3]).toInstant(), (String) a[4]),
                edit -> new AssessmentTemplate(edit.version(), edit.items()));
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return VERSIONS.covers(owner, name);
    }

    /** Whether the read names a version made here that waits to be sent, so it is answered without the server. */
    static boolean known(Class<?> owner, String name, Object[] args, LocalOutbox outbox) {
        return VERSIONS.known(owner, name, args, outbox);
    }

    /** The read's answer with the waiting versions laid over it. */
    static Object apply(String name, Object[] args, Object answer, LocalOutbox outbox) {
        return VERSIONS.apply(name, args, answer, outbox, (last, shown) -> "current".equals(name)
                ? new AssessmentTemplate(last.version(), last.items()) : Optional.of(last.version()),
                FormEdit::items);
    }
}
