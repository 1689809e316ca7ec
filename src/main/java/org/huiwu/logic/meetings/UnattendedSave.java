package org.huiwu.logic.meetings;

import java.util.List;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.BiFunction;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.Meeting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a meeting's details edit that nobody can be asked about (decision 0039): the edits the form still holds as
 * the window closes or as the user opens another meeting. It is saved over the version the form was read at; when
 * another laptop stored the meeting since, it is merged field by field without a question — a field only this
 * editor changed takes the edit, a field only the other laptop changed keeps theirs, and a field both changed keeps
 * the stored value, while the editor's value of it is written into the meeting's notes (a line the caller words),
 * so nothing typed is lost and every laptop sees it the next time the meeting is shown. Repeated while yet another
 * save comes between. Synchronous; call it off the FX thread, like {@link MeetingCatalog}.
 */
public final class UnattendedSave {

    private static final Logger LOG = LoggerFactory.getLogger(UnattendedSave.class);
    private static final int ATTEMPTS = 5;
    private static final FieldMerge.Field<Meeting> NOTES = MeetingMerge.FIELDS.stream()
            .filter(f -> f.labelKey().equals("meeting.field.notes")).findFirst().orElseThrow();

    /**
     * What was stored.
     *
     * @param stored the meeting as stored now, with its version
     * @param keptTheirs the fields both laptops changed, whose stored value was kept (empty: the whole edit stored)
     * @param noted whether the editor's values of {@code keptTheirs} were written into the notes (false only when
     *        the notes had no room left; the log has them then)
     */
    public record Outcome(MeetingEdit stored, List<String> keptTheirs, boolean noted) {
    }

    private final MeetingCatalog catalog;
    private final Clock clock;

    public UnattendedSave(MeetingCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Stores {@code mine}, edited from {@code base} read at {@code version} (negative: not known, the stored meeting
     * is read and merged with as if another laptop had stored it). With the version known, it is first saved over
     * {@code base} ({@link MeetingCatalog#saveOver}), so it queues while the venue server is away (decision 0038).
     *
     * @param note the line recording the editor's values of the clashing fields, given the merge and the time
     * @throws MeetingRejectedException when the edit is not valid; other failures of the store as they come
     */
    public Outcome save(Meeting base, Meeting mine, int version,
            BiFunction<FieldMerge<Meeting>, LocalDateTime, String> note) {
        Meeting candidate = mine;
        int expected = version;
        List<String> kept = List.of();
        boolean noted = true;
        if (expected < 0) {
            MeetingEdit stored = catalog.edit(mine.id()).orElse(null);
            if (stored == null) {
                return new Outcome(new MeetingEdit(catalog.save(mine), -1), kept, true);
            }
            Merged merged = merge(base, mine, stored, note);
            candidate = merged.meeting();
            kept = merged.kept();
            noted = merged.noted();
            expected = stored.version();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return new Outcome(attempt == 1 && candidate == mine && base != null
                        ? catalog.saveOver(base, candidate, expected) : catalog.saveAtVersion(candidate, expected),
                        kept, noted);
            } catch (MeetingChangedElsewhereException elsewhere) {
                if (attempt >= ATTEMPTS) {
                    throw elsewhere;
                }
                Merged merged = merge(base, mine, elsewhere.stored(), note);
                candidate = merged.meeting();
                kept = merged.kept();
                noted = merged.noted();
                expected = elsewhere.stored().version();
            }
        }
    }

    private record Merged(Meeting meeting, List<String> kept, boolean noted) {
    }

    private Merged merge(Meeting base, Meeting mine, MeetingEdit theirs,
            BiFunction<FieldMerge<Meeting>, LocalDateTime, String> note) {
        FieldMerge<Meeting> merge = MeetingMerge.of(base, mine, theirs.meeting());
        Meeting merged = merge.resolved(false);
        List<String> kept = merge.clashes().stream().map(FieldMerge.Field::labelKey).toList();
        if (kept.isEmpty()) {
            return new Merged(merged, kept, true);
        }
        String line = note.apply(merge, LocalDateTime.now(clock));
        String notes = merged.notes().isEmpty() ? line : merged.notes() + "\n" + line;
        LOG.info("Meeting {} saved unattended over another laptop's change; kept theirs for {}: {}", mine.id(), kept,
                line);
        if (notes.length() > MeetingProblem.MAX_NOTES) {
            LOG.warn("No room in the notes of meeting {} for the values not stored; they are only in this log",
                    mine.id());
            return new Merged(merged, kept, false);
        }
        return new Merged(NOTES.with().apply(merged, notes), kept, true);
    }
}
