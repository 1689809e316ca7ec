package org.huiwu.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;

/**
 * Which remembered reads are a 涉密 meeting's and so never go to disk (decision 0047): the outbox file lies in the
 * data folder unencrypted, so a classified meeting's reads stay in memory only. It learns the classified meetings from
 * the answers it sees (a meeting list, a meeting found); a read whose arguments or answer name such a meeting's id is
 * not written, and a list of meetings is written without them. Thread-safe (a concurrent set).
 */
final class ClassifiedReads {

    private final Set<String> classified = ConcurrentHashMap.newKeySet();

    /**
     * Notes the classified meetings in {@code answer}; returns the ids newly learnt (their rows already on disk are
     * to be removed).
     */
    List<String> learn(Object answer) {
        java.util.ArrayList<String> learnt = new java.util.ArrayList<>();
        walk(answer, learnt, 0);
        return learnt;
    }

    private void walk(Object value, List<String> learnt, int depth) {
        if (depth > 3 || value == null) {
            return;
        }
        if (value instanceof Meeting meeting) {
            if (meeting.confidentiality() == Confidentiality.CLASSIFIED && classified.add(meeting.id().toString())) {
                learnt.add(meeting.id().toString());
            }
        } else if (value instanceof Optional<?> optional) {
            walk(optional.orElse(null), learnt, depth + 1);
        } else if (value instanceof Map.Entry<?, ?> entry) {
            walk(entry.getKey(), learnt, depth + 1);
            walk(entry.getValue(), learnt, depth + 1);
        } else if (value instanceof Collection<?> all) {
            for (Object one : all) {
                walk(one, learnt, depth + 1);
            }
        }
    }

    /** The answer as it may be written: a list without its classified meetings, anything else as it is. */
    Object writable(Object answer) {
        if (answer instanceof List<?> list && list.stream().anyMatch(ClassifiedReads::isClassifiedMeeting)) {
            return list.stream().filter(one -> !isClassifiedMeeting(one)).toList();
        }
        return answer;
    }

    /** Whether the text of a read (its arguments, its answer) names a classified meeting this laptop knows of. */
    boolean names(String text) {
        for (String id : classified) {
            if (text.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any classified meeting is known (tests). */
    boolean knows(UUID meeting) {
        return classified.contains(meeting.toString());
    }

    private static boolean isClassifiedMeeting(Object one) {
        return one instanceof Meeting meeting && meeting.confidentiality() == Confidentiality.CLASSIFIED;
    }
}
