package org.huiwu.logic.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.LogTable.LogColumn;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.model.flow.Stage;
import org.huiwu.persistence.MeetingTables;

/**
 * The flow logs of a meeting for spreadsheets, named as people say them: the room booking (会议室预约), the
 * work order as item and value (服务通知单), the stage changes with any override and its reason (阶段记录)
 * and the patrol rounds (巡查记录). Immutable; thread-safe.
 */
final class FlowLogs {

    private final I18n i18n;
    private final ZoneId zone;

    FlowLogs(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    List<LogTable> of(MeetingRecord record) {
        return List.of(bookings(record), workOrder(record), stages(record), patrols(record));
    }

    private LogTable bookings(MeetingRecord record) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> b : record.rows(MeetingTables.BOOKINGS)) {
            rows.add(row(b.get("room_name"), LocalDate.parse(b.get("booking_date").toString()), clock(b.get("start_time")),
                    clock(b.get("end_time")), b.get("title"), b.get("organiser"), b.get("booker"), b.get("booker_phone"),
                    number(b.get("expected_attendees")), time(b.get("created_at")), b.get("created_by")));
        }
        return new LogTable("bookings", i18n.get("flow.export.bookings"), columns("flow.export.column.room", 16, "flow.export.column.date", 12, "flow.export.column.start", 8,
                "flow.export.column.end", 8, "flow.export.column.title", 24, "flow.export.column.organiser", 20, "flow.export.column.booker", 10, "flow.export.column.phone", 14, "flow.export.column.expected", 8, "flow.export.column.bookedAt", 19,
                "flow.export.column.bookedBy", 10), rows);
    }

    private LogTable workOrder(MeetingRecord record) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> w : record.rows("work_order")) {
            rows.add(row(i18n.get("flow.order.room"), w.get("room_name")));
            rows.add(row(i18n.get("flow.order.start"), clock(w.get("start_time"))));
            rows.add(row(i18n.get("flow.order.end"), clock(w.get("end_time"))));
            rows.add(row(i18n.get("flow.order.expected"), number(w.get("expected_attendees"))));
            rows.add(row(i18n.get("flow.order.layout"), i18n.get(RoomLayout.valueOf(w.get("layout").toString()).labelKey())));
            rows.add(row(i18n.get("flow.order.nameCards"), yesNo(w.get("name_cards"))));
            rows.add(row(i18n.get("flow.order.tea"), yesNo(w.get("tea"))));
            rows.add(row(i18n.get("flow.order.towels"), yesNo(w.get("towels"))));
            rows.add(row(i18n.get("flow.order.flowers"), yesNo(w.get("flowers"))));
            rows.add(row(i18n.get("flow.order.fruit"), yesNo(w.get("fruit"))));
            rows.add(row(i18n.get("flow.order.microphones"), number(w.get("microphones"))));
            rows.add(row(i18n.get("flow.order.wireless"), number(w.get("wireless_microphones"))));
            rows.add(row(i18n.get("flow.order.projectors"), number(w.get("projectors"))));
            rows.add(row(i18n.get("flow.order.videoLinks"), number(w.get("video_links"))));
            rows.add(row(i18n.get("flow.order.special"), w.get("special_needs")));
            rows.add(row(i18n.get("flow.order.confirmWith"), w.get("confirmed_with")));
            rows.add(row(i18n.get("flow.export.confirmedAt"), time(w.get("confirmed_at"))));
            rows.add(row(i18n.get("flow.export.confirmedBy"), w.get("confirmed_by")));
        }
        return new LogTable("work-order", i18n.get("flow.export.workOrder"), columns("flow.export.column.item", 16, "flow.export.column.value", 40), rows);
    }

    private LogTable stages(MeetingRecord record) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> c : record.rows("stage_change").stream().sorted(java.util.Comparator.comparing(
                (Map<String, Object> r) -> Stage.valueOf(r.get("to_stage").toString()))).toList()) {
            rows.add(row(time(c.get("changed_at")), stage(c.get("from_stage")), stage(c.get("to_stage")),
                    number(c.get("open_items")), c.get("override_reason"), c.get("changed_by")));
        }
        return new LogTable("stages", i18n.get("flow.export.stages"), columns("flow.export.column.time", 19, "flow.export.column.from", 12, "flow.export.column.to", 12,
                "flow.export.column.openItems", 10, "flow.export.column.overrideReason", 30, "flow.export.column.by", 10), rows);
    }

    private LogTable patrols(MeetingRecord record) {
        List<List<Object>> rows = new ArrayList<>();
        List<Map<String, Object>> rounds = new ArrayList<>(record.rows("patrol_round"));
        rounds.sort(java.util.Comparator.comparingLong(p -> ((Number) p.get("round_number")).longValue()));
        for (Map<String, Object> p : rounds) {
            rows.add(row(number(p.get("round_number")), time(p.get("patrolled_at")), p.get("patrolled_by"), p.get("note")));
        }
        return new LogTable("patrols", i18n.get("flow.export.patrols"), columns("flow.export.column.round", 6, "flow.export.column.time", 19, "flow.export.column.by", 10,
                "flow.export.column.note", 40), rows);
    }

    private List<LogColumn> columns(Object... keysAndWidths) {
        List<LogColumn> columns = new ArrayList<>();
        for (int i = 0; i < keysAndWidths.length; i += 2) {
            columns.add(new LogColumn(i18n.get((String) keysAndWidths[i]), (Integer) keysAndWidths[i + 1]));
        }
        return columns;
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v == null ? "" : v);
        }
        return row;
    }

    private String yesNo(Object flag) {
        return i18n.get(Boolean.TRUE.equals(flag) ? "flow.export.yes" : "flow.export.no");
    }

    private String stage(Object name) {
        return name == null ? "" : i18n.get(Stage.valueOf(name.toString()).labelKey());
    }

    private static Object clock(Object time) {
        return time == null ? "" : time.toString().length() > 5 ? time.toString().substring(0, 5) : time.toString();
    }

    private static Object number(Object value) {
        return value == null ? "" : Integer.valueOf(value.toString());
    }

    private Object time(Object value) {
        if (value == null) {
            return "";
        }
        LocalDateTime local = OffsetDateTime.parse(value.toString()).atZoneSameInstant(zone).toLocalDateTime();
        return local;
    }
}
