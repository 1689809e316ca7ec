package org.huiwu.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.staff.Assessment;

/**
 * Assessments recorded or corrected during an outage (decision 0044): the outbox's text form (the assessment as saved
 * and the one with its id this laptop showed, null when new), how the waiting ones are laid over the assessments of a
 * span of days ({@link AssessmentDao#between}), and how such a span never read is answered from a remembered span that
 * covers it (the month's summary read before the cut answers the entry form's look-up of one day). Stateless and
 * thread-safe; call off the FX thread.
 */
public final class QueuedAssessments {

    /** An assessment as saved ({@code mine}) over the one with its id as shown ({@code seen}, null when new). */
    public record AssessmentSaved(Assessment seen, Assessment mine, Instant at) {
    }

    private static final Comparator<Assessment> LISTED = Comparator.comparing(Assessment::day)
            .thenComparing(Assessment::staffName);

    private QueuedAssessments() {
    }

    public static AssessmentSaved saved(String body) {
        return RecordJson.read(body, AssessmentSaved.class);
    }

    static String saved(Assessment seen, Assessment mine, Instant at) {
        return RecordJson.write(new AssessmentSaved(seen, mine, at));
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == AssessmentDao.class && name.equals("between");
    }

    /** The assessments of the days asked with the waiting ones laid over them (a correction in place of its record). */
    @SuppressWarnings("unchecked")
    static Object apply(Object[] args, Object answer, LocalOutbox outbox) {
        List<QueuedRecord> waiting = outbox.waiting(QueuedRecord.KIND_ASSESSMENT);
        if (waiting.isEmpty()) {
            return answer;
        }
        List<Assessment> all = new ArrayList<>((List<Assessment>) answer);
        for (QueuedRecord record : waiting) {
            Assessment mine = saved(record.body()).mine();
            all.removeIf(a -> a.id().equals(mine.id()));
            if (within(mine.day(), (LocalDate) args[0], (LocalDate) args[1])) {
                all.add(mine);
            }
        }
        all.sort(LISTED);
        return List.copyOf(all);
    }

    /**
     * A remembered answer to {@code between(from, to)} (key: DAO, method, from, to) from a remembered span that covers
     * it, its assessments of other days left out; null when none does.
     */
    static Object fromCovering(List<Object> key, Iterable<Map.Entry<List<Object>, Object>> remembered) {
        if (key.size() != 4 || !key.get(0).equals(AssessmentDao.class.getName()) || !covers(AssessmentDao.class,
                (String) key.get(1))) {
            return null;
        }
        LocalDate from = (LocalDate) key.get(2);
        LocalDate to = (LocalDate) key.get(3);
        for (Map.Entry<List<Object>, Object> e : remembered) {
            List<Object> other = e.getKey();
            if (other.size() == 4 && other.get(0).equals(key.get(0)) && other.get(1).equals(key.get(1))
                    && !((LocalDate) other.get(2)).isAfter(from) && !((LocalDate) other.get(3)).isBefore(to)) {
                return ((List<?>) e.getValue()).stream().map(Assessment.class::cast)
                        .filter(a -> within(a.day(), from, to)).toList();
            }
        }
        return null;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
