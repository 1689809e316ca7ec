package org.huiwu.persistence;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule that a merge writes only into the bundle's meeting (decision 0025): a row must name that meeting
 * where its table has a {@code meeting_id}; every row it refers to (plan, attendee, zone, incident, form,
 * complaint, checklist item) that this laptop holds must belong to that meeting; a row this laptop already
 * holds under the same key must belong to it too. Procedure versions, shared by all meetings, follow their own
 * rule: a bundle may add only a version one of its meeting's incidents followed and that is older than this
 * laptop's newest version of the procedure (it fills the history, never becomes the current version), and
 * steps only of a version it adds. Confined to the merge's transaction thread.
 */
final class MeetingScope {

    private static final Map<String, String> PARENTS = Map.of("plan_id", "seat_plan", "attendee_id", "attendee",
            "issued_to", "attendee", "presider_id", "attendee", "zone_id", "service_zone", "incident_id", "incident",
            "form_id", "survey_form", "complaint_id", "complaint");
    private static final Set<String> PROCEDURES = Set.of("procedure_version", "procedure_step");

    private final RowAccess rows;
    private final Set<String> addedVersions = new HashSet<>();

    MeetingScope(RowAccess rows) {
        this.rows = rows;
    }

    /** Refuses the incoming row (and the local row under its key, if any) unless it belongs to the meeting. */
    void check(MergeSource source, MeetingTable table, Map<String, Object> row, Optional<Map<String, Object>> local)
            throws SQLException {
        if (PROCEDURES.contains(table.name())) {
            if (local.isEmpty()) {
                checkProcedure(source, table.name(), row);
            }
            return;
        }
        String meeting = source.meetingId().toString();
        if (!belongs(meeting, table.name(), row) || local.isPresent() && !belongs(meeting, table.name(), local.get())) {
            throw new MergeScopeException(MergeScopeException.Rule.OTHER_MEETING, table.name(),
                    source.bundle());
        }
    }

    private boolean belongs(String meeting, String table, Map<String, Object> row) throws SQLException {
        if (table.equals("meeting")) {
            return same(meeting, row.get("id"));
        }
        if (rows.types(table).containsKey("meeting_id") && !same(meeting, row.get("meeting_id"))) {
            return false;
        }
        for (Map.Entry<String, String> parent : PARENTS.entrySet()) {
            if (!parentIn(meeting, parent.getValue(), row.get(parent.getKey()))) {
                return false;
            }
        }
        return !table.equals("checklist_mark") || parentIn(meeting, "meeting_checklist_item", row.get("item_id"));
    }

    /** Whether the referred row, if this laptop holds it, belongs to the meeting. */
    private boolean parentIn(String meeting, String parent, Object id) throws SQLException {
        if (id == null) {
            return true;
        }
        List<Map<String, Object>> held;
        try {
            held = rows.select(parent, Map.of("id", id));
        } catch (SQLException | IllegalArgumentException e) {
            return false;
        }
        return held.isEmpty() || same(meeting, held.get(0).get("meeting_id"));
    }

    private void checkProcedure(MergeSource source, String table, Map<String, Object> row) throws SQLException {
        String procedure = String.valueOf(row.get("procedure_id")).toLowerCase(Locale.ROOT);
        String version = String.valueOf(row.get("version"));
        String detail = procedure + " v" + version;
        if (table.equals("procedure_step")) {
            if (!addedVersions.contains(detail)) {
                throw new MergeScopeException(MergeScopeException.Rule.SHARED_TEXT, detail, source.bundle());
            }
            return;
        }
        boolean followed = followed(source, "incident", procedure, version)
                || followed(source, "incident_version", procedure, version);
        int newest = rows.select(table, Map.of("procedure_id", row.get("procedure_id"))).stream()
                .mapToInt(v -> Integer.parseInt(v.get("version").toString())).max().orElse(Integer.MIN_VALUE);
        if (!followed || newest <= Integer.parseInt(version)) {
            throw new MergeScopeException(MergeScopeException.Rule.SHARED_TEXT, detail, source.bundle());
        }
        addedVersions.add(detail);
    }

    private static boolean followed(MergeSource source, String table, String procedure, String version) {
        return source.tables().getOrDefault(table, List.of()).stream().anyMatch(r ->
                same(source.meetingId().toString(), r.get("meeting_id")) && same(procedure, r.get("procedure_id"))
                        && version.equals(String.valueOf(r.get("procedure_version"))));
    }

    private static boolean same(String expected, Object value) {
        return value != null && expected.equalsIgnoreCase(value.toString());
    }
}
