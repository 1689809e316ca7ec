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

    /**
     * The read-only rows under {@value #TEXT_CHECKS} in {@link #read}: the latest check against the standard
     * of each venue text the meeting used (its checklist template, its survey template, the procedures its
     * incidents followed). Venue-wide data: exports show it, bundles do not carry it (decision 0019).
     */
    public static final String TEXT_CHECKS = "text_check";

    /**
     * The read-only rows under {@value #BOOKINGS} in {@link #read}: the room bookings the meeting was made
     * from, each with its room's name. Venue-wide data: exports show it, bundles do not carry it (decision 0027).
     */
    public static final String BOOKINGS = "room_booking";

    private static final String USED_CHECKS = """
            SELECT * FROM text_check c WHERE NOT EXISTS (SELECT 1 FROM text_check d
                WHERE d.item_kind = c.item_kind AND d.item_id = c.item_id
                AND (d.checked_at > c.checked_at OR (d.checked_at = c.checked_at AND d.id > c.id)))
            AND ((c.item_kind = 'CHECKLIST_TEMPLATE' AND EXISTS (SELECT 1 FROM meeting_checklist m
                    WHERE m.meeting_id = :meeting))
                OR (c.item_kind = 'SURVEY_TEMPLATE' AND EXISTS (SELECT 1 FROM survey_meeting_item s
                    WHERE s.meeting_id = :meeting))
                OR (c.item_kind = 'PROCEDURE' AND c.item_id IN (SELECT CAST(i.procedure_id AS VARCHAR)
                    FROM incident i WHERE i.meeting_id = :meeting)))
            ORDER BY item_kind, item_id
            """;

    /**
     * The read-only rows under {@value #STAFF} and {@value #PLEDGES} in {@link #read}: the venue's records of the
     * people staffed on the meeting and their confidentiality pledges. Venue-wide data: exports show it,
     * bundles do not carry it (the staffing rows carry the names and posts).
     */
    public static final String STAFF = "staff_member";
    public static final String PLEDGES = "staff_pledge";

    private static final String STAFFED = """
            SELECT m.*, p.name_zh AS post_zh, p.name_en AS post_en FROM staff_member m
            LEFT JOIN staff_post p ON p.id = m.post_id
            WHERE m.id IN (SELECT s.staff_id FROM meeting_staffing s WHERE s.meeting_id = :meeting)
            ORDER BY m.name, m.id
            """;
    private static final String STAFFED_PLEDGES = """
            SELECT p.*, m.name AS staff_name FROM staff_pledge p JOIN staff_member m ON m.id = p.staff_id
            WHERE p.staff_id IN (SELECT s.staff_id FROM meeting_staffing s WHERE s.meeting_id = :meeting)
            ORDER BY m.name, p.signed_on, p.id
            """;

    /**
     * The meeting's rows by table name, every table present (possibly empty), in a consistent snapshot, and
     * the checks of the venue texts it used under {@value #TEXT_CHECKS}, and the staff records and pledges of the
     * people staffed on it.
     */
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
            tables.put(TEXT_CHECKS, handle.createQuery(USED_CHECKS).bind("meeting", meetingId)
                    .map((rs, ctx) -> ColumnValues.row(rs)).list());
            tables.put(STAFF, handle.createQuery(STAFFED).bind("meeting", meetingId)
                    .map((rs, ctx) -> ColumnValues.row(rs)).list());
            tables.put(PLEDGES, handle.createQuery(STAFFED_PLEDGES).bind("meeting", meetingId)
                    .map((rs, ctx) -> ColumnValues.row(rs)).list());
            tables.put(BOOKINGS, handle.createQuery("""
                    SELECT b.*, r.name AS room_name FROM room_booking b JOIN venue_room r ON r.id = b.room_id
                    WHERE b.meeting_id = :meeting ORDER BY b.booking_date, b.start_time, b.id
                    """).bind("meeting", meetingId).map((rs, ctx) -> ColumnValues.row(rs)).list());
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
     * merge conflicts; all meetings in one transaction, with the new signers trusted for it and one merge-history
     * row per bundle: either everything is merged or nothing is.
     *
     * @throws MergeRefusedException when the rows do not fit this database (nothing was merged)
     * @throws MergeScopeException when a row reaches beyond its bundle's meeting (nothing was merged)
     */
    public MergeCounts merge(List<MergeSource> meetings) {
        return jdbi.inTransaction(handle -> {
            TableMerge merge = new TableMerge(handle.getConnection());
            try {
                for (MergeSource meeting : meetings) {
                    merge.merge(meeting);
                }
                new MergeHistory(new RowAccess(handle.getConnection())).record(meetings);
            } catch (MergeScopeException e) {
                throw e;
            } catch (java.sql.SQLException | RuntimeException e) {
                throw new MergeRefusedException(e);
            }
            return merge.counts();
        });
    }
}
