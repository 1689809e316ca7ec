package org.huiwu.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last answer of each read the venue server gave through {@link OfflineDaos}, kept to answer while it cannot be
 * reached (decision 0031, amended; bounded in decision 0038): at most {@link #LIMIT} reads, the one used longest ago
 * forgotten first, so a long meeting day of finds by id cannot grow it without end while the lists the open
 * screens read again and again stay. A {@code find} by id never asked answers from a remembered meeting list
 * ({@code listByMeeting}, {@code ofMeeting}) of the same DAO, a meeting's from the list of meetings (decision 0040);
 * the assessments of days never asked from a remembered span that covers them, a person's pledges from the whole
 * pledge list (decision 0044); a checklist template item's from the whole template (decision 0045). Thread-safe (one
 * lock).
 */
final class RememberedReads {

    /** How many reads are kept: a 3,000-seat meeting's screens read well under a hundred lists, the rest finds. */
    static final int LIMIT = 2_000;

    /** The reads of a meeting's whole list of records, which a find by id may answer from. */
    private static final java.util.Set<Object> LISTS = java.util.Set.of("listByMeeting", "ofMeeting", "list", "all");

    /** An answer, numbered in the order the answers were given (a find and a list: the newer one tells). */
    private record Answer(long number, Object value) {
    }

    private final int limit;
    private final LinkedHashMap<List<Object>, Answer> answers;
    private long given;

    RememberedReads() {
        this(LIMIT);
    }

    RememberedReads(int limit) {
        this.limit = limit;
        this.answers = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Answer> eldest) {
                return size() > RememberedReads.this.limit;
            }
        };
    }

    synchronized void put(List<Object> key, Object answer) {
        answers.put(key, new Answer(++given, answer));
    }

    /** Remembers {@code answer} unless an answer to {@code key} is remembered already (a kept read loaded late). */
    synchronized void putIfAbsent(List<Object> key, Object answer) {
        if (!answers.containsKey(key)) {
            put(key, answer);
        }
    }

    synchronized int size() {
        return answers.size();
    }

    /**
     * The remembered answer to the read {@code key} (DAO type, method, arguments), or null; a find by id answers
     * from a list given after it (a record found absent, then listed once made, is known).
     */
    synchronized Object answer(List<Object> key) {
        Answer answer = answers.get(key);
        if (answer == null && (key.size() == 4 || key.size() == 3 && "pledgesOf".equals(key.get(1)))) {
            List<Map.Entry<List<Object>, Object>> all = answers.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue().value())).toList();
            return key.size() == 4 ? QueuedAssessments.fromCovering(key, all)
                    : QueuedStaffRecords.fromWholeList(key, all);
        }
        if (key.size() != 3 || !"find".equals(key.get(1))) {
            return answer == null ? null : answer.value();
        }
        for (Map.Entry<List<Object>, Answer> e : new ArrayList<>(answers.entrySet())) {
            if (e.getKey().get(0).equals(key.get(0)) && LISTS.contains(e.getKey().get(1))
                    && e.getValue().value() instanceof List<?> list
                    && (answer == null || e.getValue().number() > answer.number())) {
                for (Object record : list) {
                    if (key.get(2).equals(idOf(record))) {
                        answer = new Answer(e.getValue().number(), Optional.of(record));
                    }
                }
            }
        }
        return answer == null ? null : answer.value();
    }

    private static Object idOf(Object record) {
        if (record instanceof org.huiwu.model.incidents.Incident incident) {
            return incident.id();
        }
        if (record instanceof org.huiwu.model.feedback.Complaint complaint) {
            return complaint.id();
        }
        if (record instanceof org.huiwu.model.Meeting meeting) {
            return meeting.id();
        }
        if (record instanceof org.huiwu.model.checklists.TemplateItem item) {
            return item.id();
        }
        if (record instanceof org.huiwu.model.incidents.LeftItem item) {
            return item.id();
        }
        return record instanceof org.huiwu.model.Attendee attendee ? attendee.id() : null;
    }
}
