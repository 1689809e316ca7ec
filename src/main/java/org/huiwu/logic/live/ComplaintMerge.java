package org.huiwu.logic.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintDetails;

/**
 * The details of a complaint, merged field by field when a version made during an outage is renumbered after
 * another laptop's (decision 0043): {@link FieldMerge} against the complaint as this laptop saw it, as
 * {@link IncidentMerge} does for incidents. The status and its closing time are not among them
 * ({@link DeskReplays}). Stateless.
 */
final class ComplaintMerge {

    private static final String[] LABELS = {"receivedAt", "channel", "complainantUnit", "complainantName",
        "complainantContact", "category", "content", "handledBy", "actionsTaken", "result", "complainantResponse"};

    /** Each detail of a complaint, by position in {@link ComplaintDetails}. */
    static final List<FieldMerge.Field<Complaint>> FIELDS = fields();

    private ComplaintMerge() {
    }

    private static List<FieldMerge.Field<Complaint>> fields() {
        List<FieldMerge.Field<Complaint>> fields = new ArrayList<>();
        for (int i = 0; i < LABELS.length; i++) {
            int at = i;
            fields.add(new FieldMerge.Field<>(LABELS[i], c -> parts(c.details()).get(at), (c, v) -> {
                List<Object> parts = parts(c.details());
                parts.set(at, v);
                return c.withDetails(details(parts));
            }));
        }
        return List.copyOf(fields);
    }

    /**
     * {@code mine} with its details merged against {@code seen} over {@code stored}: a detail only this laptop
     * changed keeps its value, one only the other laptop changed takes theirs, one both changed takes theirs.
     */
    static Merged merge(Complaint seen, Complaint mine, Complaint stored) {
        FieldMerge<Complaint> merge = new FieldMerge<>(seen, mine, stored, FIELDS);
        Complaint resolved = merge.resolved(false);
        return new Merged(mine.withDetails(resolved.details()),
                merge.clashes().stream().map(FieldMerge.Field::labelKey).toList());
    }

    /** A merged complaint and the names of the details both laptops changed (theirs kept). */
    record Merged(Complaint complaint, List<String> clashes) {
    }

    private static List<Object> parts(ComplaintDetails d) {
        return new ArrayList<>(Arrays.asList(d.receivedAt(), d.channel(), d.complainantUnit(), d.complainantName(),
                d.complainantContact(), d.category(), d.content(), d.handledBy(), d.actionsTaken(), d.result(),
                d.complainantResponse()));
    }

    private static ComplaintDetails details(List<Object> p) {
        return new ComplaintDetails((Instant) p.get(0), (ComplaintChannel) p.get(1), (String) p.get(2),
                (String) p.get(3), (String) p.get(4), (String) p.get(5), (String) p.get(6), (String) p.get(7),
                (String) p.get(8), (String) p.get(9), (String) p.get(10));
    }
}
