package org.huiwu.persistence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

/**
 * Reads everything stored for one meeting as portable rows (see {@link ColumnValues}), table by table in
 * {@link MeetingTable#ALL} order and each table in key order, so the same data always reads the same;
 * and merges such rows into this database ({@link TableMerge}). Thread-safe: each call uses its own
 * handle and runs in one transaction.
 */
public final class MeetingTables {

    private final Jdbi jdbi;

    public MeetingTables(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The meeting's rows by table name, every table present (possibly empty), in a consistent snapshot. */
    public Map<String, List<Map<String, Object>>> read(UUID meetingId) {
        return jdbi.inTransaction(handle -> {
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            for (MeetingTable table : MeetingTable.ALL) {
                tables.put(table.name(), handle.createQuery("SELECT * FROM " + table.name() + " t WHERE "
                                + table.scope() + " ORDER BY " + String.join(", ", table.key()))
                        .bind("meeting", meetingId)
                        .map((rs, ctx) -> ColumnValues.row(rs))
                        .list());
            }
            return tables;
        });
    }

    /** The ids of the meetings held between the two dates (inclusive), by date then title. */
    public List<UUID> meetingsBetween(LocalDate from, LocalDate to) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id FROM meeting WHERE meeting_date BETWEEN :from AND :to ORDER BY meeting_date, title, id")
                .bind("from", from).bind("to", to).mapTo(UUID.class).list());
    }

    /**
     * Inserts the rows this database does not have yet, matched by primary key, and keeps clashing rows as
     * merge conflicts; all meetings in one transaction: either everything is merged or nothing is.
     *
     * @throws MergeRefusedException when the rows do not fit this database (nothing was merged)
     */
    public MergeCounts merge(List<MergeSource> meetings) {
        return jdbi.inTransaction(handle -> {
            TableMerge merge = new TableMerge(handle.getConnection());
            try {
                for (MergeSource meeting : meetings) {
                    merge.merge(meeting);
                }
            } catch (java.sql.SQLException | RuntimeException e) {
                throw new MergeRefusedException(e);
            }
            return merge.counts();
        });
    }
}
