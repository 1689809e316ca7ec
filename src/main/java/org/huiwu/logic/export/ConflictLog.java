package org.huiwu.logic.export;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.LogTable.LogColumn;

/**
 * The merge-conflict log of a meeting for spreadsheets: one row per incoming row kept beside a local one,
 * with when and from which bundle it came, the table, the row's key, the differing fields, and the local
 * and incoming values of those fields. Immutable; thread-safe.
 */
final class ConflictLog {

    private final I18n i18n;
    private final ZoneId zone;
    private final MergeConflicts conflicts = new MergeConflicts();
    private final RecordLabels labels;

    ConflictLog(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
        this.labels = new RecordLabels(i18n);
    }

    /** The conflicts log; empty when the record holds no merge conflicts. */
    java.util.Optional<LogTable> of(MeetingRecord record) {
        List<LogColumn> columns = List.of(new LogColumn(i18n.get("export.column.mergedAt"), 19),
                new LogColumn(i18n.get("export.column.bundle"), 24), new LogColumn(i18n.get("export.column.table"), 16),
                new LogColumn(i18n.get("export.column.rowKey"), 40), new LogColumn(i18n.get("export.column.fields"), 20),
                new LogColumn(i18n.get("export.column.localValues"), 40),
                new LogColumn(i18n.get("export.column.incomingValues"), 40));
        List<List<Object>> rows = new ArrayList<>();
        for (MergeConflict conflict : conflicts.of(record)) {
            List<Object> row = new ArrayList<>();
            row.add(OffsetDateTime.parse(conflict.mergedAt()).atZoneSameInstant(zone).toLocalDateTime());
            row.add(conflict.bundle());
            row.add(labels.table(conflict.table()));
            row.add(conflict.rowKey());
            row.add(String.join(", ", conflict.changed().stream().map(labels::field).toList()));
            row.add(values(conflict.local(), conflict.changed()));
            row.add(values(conflict.incoming(), conflict.changed()));
            rows.add(row);
        }
        return rows.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new LogTable("conflicts", i18n.get("export.log.conflicts"), columns, rows));
    }

    private String values(Map<String, Object> row, List<String> fields) {
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            parts.add(labels.field(field) + "=" + (row.isEmpty() ? "" : String.valueOf(row.get(field))));
        }
        return String.join("; ", parts);
    }
}
