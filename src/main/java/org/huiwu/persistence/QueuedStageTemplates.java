package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.huiwu.model.flow.StageTemplateItem;
import org.huiwu.model.live.QueuedRecord;

/**
 * The stage checklist template's new versions made during an outage (decision 0048), kept as {@link QueuedVersions}
 * keeps every form's: the whole version as edited ({@link StageListDao#publishFrom}) over the version read; and the
 * template's reads ({@code latestVersion}, {@code templateItems}, {@code versionAt}) with the waiting versions laid
 * over them, so the template editor and a second edit see it at once. Stateless; call off the FX thread.
 */
public final class QueuedStageTemplates {

    /** A template version as edited here over version {@code seen} (stored at {@code seenAt}). */
    public record StageEdit(int seen, Instant seenAt, List<StageTemplateItem> items, String note, Instant at,
            String by) implements QueuedVersions.Edit {
    }

    private static final QueuedVersions<StageEdit> VERSIONS = new QueuedVersions<>(StageListDao.class, "publishFrom",
            QueuedRecord.KIND_STAGE_TEMPLATE, StageEdit.class, Set.of("latestVersion"), "templateItems");

    private QueuedStageTemplates() {
    }

    public static StageEdit edit(String body) {
        return VERSIONS.edit(body);
    }

    /** The queued form of a template version made over the one read (answering its number), or null for another call. */
    @SuppressWarnings("unchecked")
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args) {
        return VERSIONS.queueable(owner, name, args, a -> new StageEdit((int) a[0], (Instant) a[1],
                List.copyOf((List<StageTemplateItem>) a[2]), (String) a[3], (Instant) a[4], (String) a[5]),
                StageEdit::version);
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
        return VERSIONS.apply(name, args, answer, outbox,
                (last, shown) -> Math.max(shown == null ? 0 : (Integer) shown, last.version()),
                edit -> edit.items().stream().map(i -> i.inVersion(edit.version())).toList());
    }
}
