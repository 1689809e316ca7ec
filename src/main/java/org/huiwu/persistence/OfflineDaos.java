package org.huiwu.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DAOs of a venue-server store that keep working while the server cannot be reached (decision 0031, amended):
 * a check-in ({@link AttendeeDao#updateCheckIn}, or {@link AttendeeDao#updateCheckInFrom} carrying the state the
 * attendant saw, which the sender stores only over that state), a checklist mark
 * ({@link MeetingChecklistDao#appendMark}), a new incident or its next version ({@link IncidentDao#create},
 * {@link IncidentDao#change}), and since decision 0038 an attendee edit ({@link AttendeeDao#saveFrom}), a seat-plan
 * step ({@link SeatPlanDao#saveAssignmentsOver}), a procedure step tick ({@link ChecklistDao#tick}), a complaint or its
 * next version, a survey form, a checklist item's texts ({@link MeetingChecklistDao#saveTextFrom}) and a meeting's
 * details ({@link MeetingDao#saveFrom}), since decision 0041 a seat plan's layout ({@link SeatPlanDao#saveLayoutFrom}),
 * since decision 0040 a new meeting, a meeting's first checklist and an item added to it
 * ({@link QueuedNewRecords}), since decision 0043 a meeting copied or deleted ({@link QueuedWholeMeetings}),
 * since decision 0044 the staff roster's records and assessments ({@link QueuedStaffRecords}), and since decision
 * 0045 the checklist template's edits and the left-items register ({@link QueuedRegisters})
 * ({@link QueuedWrites}) go to the server while
 * nothing waits, and into the {@link LocalOutbox} behind what waits otherwise, so they are sent in the order made;
 * every read ({@code @SqlQuery}, and the few default methods that only read) answers from the server and is remembered
 * ({@link RememberedReads}, bounded), and while the server is unreachable
 * the last answer is given instead, with the records still waiting laid over it (a queued check-in, mark or
 * incident shows at once). A read never made before fails as it would. After a failure the server is not tried
 * again for {@link #QUIET_NANOS}, so an outage costs one connect time-out, not one per read. Thread-safe.
 */
public final class OfflineDaos {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineDaos.class);
    /** How long after a failed call the server is not tried again (reads answer from memory, writes queue). */
    static final long QUIET_NANOS = 3_000_000_000L;

    private final LocalOutbox outbox;
    private final Predicate<Throwable> unreachable;
    private final RememberedReads lastAnswers = new RememberedReads();
    private final ShownReads shown;
    /** The remembered reads kept on disk for the next start (decision 0047); null when kept in memory only. */
    private final StoredReads stored;
    private volatile long failedAt;
    private volatile boolean failed;

    /** @param unreachable whether a failure means the server cannot be reached (rather than a refused record) */
    public OfflineDaos(LocalOutbox outbox, Predicate<Throwable> unreachable) {
        this(outbox, unreachable, null, false);
    }

    /**
     * The offline DAOs whose reads are also kept in the outbox's file ({@code stored}, decision 0047): cut from the
     * start and the kept reads loaded now when {@code cut}, else loaded behind while the server answers.
     */
    OfflineDaos(LocalOutbox outbox, Predicate<Throwable> unreachable, StoredReads stored, boolean cut) {
        this.outbox = outbox;
        this.unreachable = unreachable;
        this.shown = new ShownReads(lastAnswers, outbox);
        this.stored = stored;
        if (stored != null && cut) {
            stored.loadInto(lastAnswers);
            lost(new IllegalStateException("started while the venue server could not be reached"));
        } else if (stored != null) {
            stored.loadBehind(lastAnswers);
        }
    }

    /** Whether a failure means the venue server cannot be reached (rather than a refused record). */
    public static boolean unreachable(Throwable failure) {
        return Database.problemOf(failure).orElse(null) == org.huiwu.model.StorageProblem.SERVER_UNREACHABLE;
    }

    /** The store's DAO, answering and queueing as described above when {@code offline} is given. */
    public static <T> T dao(OfflineDaos offline, Database database, Class<T> type) {
        return offline == null ? database.dao(type) : offline.wrap(type, database.dao(type));
    }

    /** The DAO answering and queueing as described above. */
    public <T> T wrap(Class<T> type, T dao) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new Handler(type, dao)));
    }

    /**
     * Whether writes queue now rather than go to the server: it failed moments ago, or records still wait (a new
     * one goes behind them, so all are sent in the order made).
     */
    public boolean holding() {
        return quiet() || outbox.size() > 0;
    }

    /** Whether the meeting was made on this laptop and waits to be sent: the server holds nothing of it yet (0040). */
    public boolean madeHere(java.util.UUID meetingId) {
        return outbox.size() > 0 && QueuedNewRecords.madeHere(meetingId, outbox);
    }

    /**
     * The server answered again and took every queued record: reads and writes go to it at once again rather
     * than after the quiet time (so an edit is version-checked and a list shows what is stored).
     */
    public void reached() {
        failed = false;
    }

    private boolean quiet() {
        return failed && System.nanoTime() - failedAt < QUIET_NANOS;
    }

    private void lost(Throwable failure) {
        failedAt = System.nanoTime();
        failed = true;
        LOG.info("Venue server unreachable: {}", failure.toString());
    }

    private final class Handler implements InvocationHandler {
        private final Class<?> type;
        private final Object dao;

        Handler(Class<?> type, Object dao) {
            this.type = type;
            this.dao = dao;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "OfflineDao[" + type.getSimpleName() + "]"
                        : method.invoke(this, args);
            }
            QueuedWrites.Queued queued = QueuedWrites.queueable(method, args);
            if (queued == null) {
                queued = QueuedWholeMeetings.queueable(method.getDeclaringClass(), method.getName(), args, shown);
            }
            if (queued == null) { // the tea board's phase changes and rounds (decision 0048)
                queued = QueuedTeaService.queueable(method.getDeclaringClass(), method.getName(), args, shown, outbox);
            }
            if (queued != null) {
                return write(method, args, queued);
            }
            if (!ReadingMethods.reads(type, method)) {
                try {
                    return call(method, args);
                } catch (RuntimeException e) {
                    if (unreachable.test(e)) {
                        lost(e);
                    }
                    throw e;
                }
            }
            List<Object> key = new ArrayList<>(List.of(type.getName(), method.getName()));
            key.addAll(args == null ? List.of() : Arrays.asList(args));
            if (quiet() && known(method, args, key)) {
                return remembered(method, args, key);
            }
            try {
                Object answer = call(method, args);
                if (answer != null) {
                    lastAnswers.put(key, answer);
                    if (stored != null) {
                        stored.keep(key, method, answer);
                    }
                }
                return Overlay.apply(method, args, answer, outbox);
            } catch (RuntimeException e) {
                if (!unreachable.test(e) || !known(method, args, key)) {
                    throw e;
                }
                lost(e);
                return remembered(method, args, key);
            }
        }

        /**
         * Whether there is an answer without the server: a remembered one, or one about records made on this laptop
         * (an incident, a meeting, a checklist: decision 0040), or a meeting's seat plan never read (none made
         * here yet: decision 0043).
         */
        private boolean known(Method method, Object[] args, List<Object> key) {
            return answer(key) != null || Overlay.madeHere(method, args, outbox)
                    || QueuedLayouts.planOfMeeting(method);
        }

        private Object remembered(Method method, Object[] args, List<Object> key) {
            Object answer = answer(key);
            Object none = QueuedNewRecords.empty(method);
            return Overlay.apply(method, args, answer != null ? answer : none != null ? none : Optional.empty(),
                    outbox);
        }

        /** The remembered answer to a read ({@link RememberedReads}), or null. */
        private Object answer(List<Object> key) {
            return lastAnswers.answer(key);
        }

        private Object write(Method method, Object[] args, QueuedWrites.Queued queued) throws Throwable {
            if (!quiet() && outbox.size() == 0) {
                try {
                    return call(method, args);
                } catch (RuntimeException e) {
                    if (!unreachable.test(e)) {
                        throw e;
                    }
                    lost(e);
                }
            }
            for (QueuedWrites.Queued record = queued; record != null; record = record.then()) {
                outbox.add(record.kind(), record.id(), record.meetingId(), shown.withSeen(record), record.at());
            }
            shown.rememberCopy(queued);
            return queued.answer();
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(dao, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
