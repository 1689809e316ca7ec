package org.huiwu.logic.export;

import java.util.List;
import java.util.Map;

/**
 * One incoming row from another laptop that clashed with a local row, with both versions side by side:
 * the local row (empty when it could not be named, e.g. a row held back with its parent) and the
 * incoming one, column name to portable value, and the columns whose values differ. Immutable.
 *
 * @param table the table's SQL name
 * @param rowKey the incoming row's primary key, as JSON
 * @param bundle the bundle file it came in
 * @param bundleCreatedAt when that bundle was written
 * @param mergedAt when it was merged (ISO-8601 with offset)
 * @param local the local row's values
 * @param incoming the incoming row's values
 * @param changed the columns whose values differ, in the incoming row's column order
 */
public record MergeConflict(String table, String rowKey, String bundle, String bundleCreatedAt, String mergedAt,
        Map<String, Object> local, Map<String, Object> incoming, List<String> changed) {
}
