package org.huiwu.persistence;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.huiwu.model.Meeting;
import org.huiwu.model.live.QueuedRecord;

/**
 * A meeting's details edited during an outage (decision 0038, amended): the outbox's text form (the meeting as the
 * attendant saw it and as edited, JSON component by component, dates and times as ISO-8601 text), and how queued
 * edits are laid over the meetings read ({@code find}, {@code list}, {@code findVersioned}): each sets only the
 * fields it changed, in the order made. Stateless and thread-safe; call off the FX thread.
 */
public final class QueuedMeetingEdits {

    /** A meeting's details as edited ({@code mine}) over the meeting as the attendant saw it ({@code base}). */
    public record MeetingEdit(Meeting base, Meeting mine, Instant at) {
    }

    private QueuedMeetingEdits() {
    }

    static String edit(Meeting base, Meeting mine, Instant at) {
        return RecordJson.write(new MeetingEdit(base, mine, at));
    }

    public static MeetingEdit edit(String body) {
        return RecordJson.read(body, MeetingEdit.class);
    }

    /** Whether the read is one the queued meeting edits change. */
    static boolean covers(Class<?> owner, String name) {
        return owner == MeetingDao.class && List.of("find", "list", "findVersioned").contains(name);
    }

    /** The answer with the queued edits laid over each meeting in it. */
    @SuppressWarnings("unchecked")
    static Object apply(Object answer, LocalOutbox outbox) {
        List<MeetingEdit> edits = outbox.waiting(QueuedRecord.KIND_MEETING_EDIT).stream().map(r -> edit(r.body()))
                .toList();
        if (answer instanceof List<?> meetings) {
            return ((List<Meeting>) meetings).stream().map(m -> edited(m, edits)).toList();
        }
        return ((Optional<Object>) answer).map(found -> found instanceof Map.Entry<?, ?> versioned
                ? Map.entry(edited((Meeting) versioned.getKey(), edits), versioned.getValue())
                : edited((Meeting) found, edits));
    }

    private static Meeting edited(Meeting meeting, List<MeetingEdit> edits) {
        Meeting shown = meeting;
        for (MeetingEdit edit : edits) {
            if (edit.mine().id().equals(shown.id())) {
                shown = changedOver(shown, edit.base(), edit.mine());
            }
        }
        return shown;
    }

    /**
     * {@code shown} with every component {@code mine} changed from {@code base} set to mine's value; any record type
     * (a meeting, a person of the staff roster: decision 0044).
     */
    @SuppressWarnings("unchecked")
    static <R extends Record> R changedOver(R shown, R base, R mine) {
        Class<R> type = (Class<R>) shown.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object before = components[i].getAccessor().invoke(base);
                Object after = components[i].getAccessor().invoke(mine);
                values[i] = Objects.equals(before, after) ? components[i].getAccessor().invoke(shown) : after;
                types[i] = components[i].getType();
            }
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
