package org.huiwu.persistence;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.huiwu.model.CheckInStatus;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Severity;

/**
 * The outbox's text form of the records it queues besides taps (a check-in, an incident version, a checklist
 * mark): a flat JSON object of strings, field by field, so a record reads back exactly as it was made whatever
 * the app's version. Stateless and thread-safe.
 */
public final class QueuedRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A check-in as queued: the attendee, the new state, its time (null for "expected") and the state the attendant
     * saw when making it ({@code base}; null for a check-in queued without one, which is stored whatever is there).
     */
    public record CheckIn(UUID attendeeId, CheckInStatus status, OffsetDateTime at, CheckInStatus base) {
    }

    private QueuedRecords() {
    }

    static String checkIn(UUID attendeeId, String status, OffsetDateTime at) {
        return checkIn(attendeeId, status, at, null);
    }

    static String checkIn(UUID attendeeId, String status, OffsetDateTime at, String base) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("attendee", attendeeId.toString());
        m.put("status", status);
        m.put("at", at == null ? null : at.toString());
        if (base != null) {
            m.put("base", base);
        }
        return write(m);
    }

    public static CheckIn checkIn(String body) {
        Map<String, String> m = read(body);
        return new CheckIn(UUID.fromString(m.get("attendee")), CheckInStatus.valueOf(m.get("status")),
                m.get("at") == null ? null : OffsetDateTime.parse(m.get("at")),
                m.get("base") == null ? null : CheckInStatus.valueOf(m.get("base")));
    }

    static String mark(ItemMark mark) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", mark.id().toString());
        m.put("meeting", mark.meetingId().toString());
        m.put("item", mark.itemId().toString());
        m.put("state", mark.state().name());
        m.put("note", mark.note());
        m.put("at", mark.markedAt().toString());
        m.put("by", mark.markedBy());
        return write(m);
    }

    public static ItemMark mark(String body) {
        Map<String, String> m = read(body);
        return new ItemMark(UUID.fromString(m.get("id")), UUID.fromString(m.get("meeting")),
                UUID.fromString(m.get("item")), 0, MarkState.valueOf(m.get("state")), m.get("note"),
                Instant.parse(m.get("at")), m.get("by"));
    }

    static String incident(IncidentVersion version) {
        Incident i = version.incident();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", i.id().toString());
        m.put("meeting", i.meetingId().toString());
        m.put("type", i.type().name());
        m.put("occurred", i.occurredAt().toString());
        m.put("location", i.location());
        m.put("seat", i.seatKey());
        m.put("severity", i.severity().name());
        m.put("description", i.description());
        m.put("status", i.status().name());
        m.put("procedure", i.procedureId() == null ? null : i.procedureId().toString());
        m.put("procedureVersion", Integer.toString(i.procedureVersion()));
        m.put("reportedBy", i.reportedBy());
        m.put("handling", text(i.handlingAt()));
        m.put("resolved", text(i.resolvedAt()));
        m.put("closed", text(i.closedAt()));
        m.put("voided", Boolean.toString(i.voided()));
        m.put("voidReason", i.voidReason());
        m.put("version", Integer.toString(i.version()));
        m.put("changedAt", version.changedAt().toString());
        m.put("changedBy", version.changedBy());
        m.put("kind", version.kind().name());
        return write(m);
    }

    public static IncidentVersion incident(String body) {
        Map<String, String> m = read(body);
        Incident i = new Incident(UUID.fromString(m.get("id")), UUID.fromString(m.get("meeting")),
                IncidentType.valueOf(m.get("type")), Instant.parse(m.get("occurred")), m.get("location"),
                m.get("seat"), Severity.valueOf(m.get("severity")), m.get("description"),
                IncidentStatus.valueOf(m.get("status")),
                m.get("procedure") == null ? null : UUID.fromString(m.get("procedure")),
                Integer.parseInt(m.get("procedureVersion")), m.get("reportedBy"), instant(m.get("handling")),
                instant(m.get("resolved")), instant(m.get("closed")), Boolean.parseBoolean(m.get("voided")),
                m.get("voidReason"), Integer.parseInt(m.get("version")));
        return new IncidentVersion(i, Instant.parse(m.get("changedAt")), m.get("changedBy"),
                ChangeKind.valueOf(m.get("kind")));
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String write(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(String body) {
        try {
            return JSON.readValue(body, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A queued incident version's body with the incident as this laptop showed it when it was made (decision 0043). */
    static String withSeen(String body, Incident seen) {
        Map<String, String> m = new LinkedHashMap<>(read(body));
        m.put("seen", RecordJson.write(seen));
        try {
            return JSON.writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The incident as this laptop showed it when the queued version was made, or null when not known. */
    public static Incident seen(String body) {
        String seen = read(body).get("seen");
        return seen == null ? null : RecordJson.read(seen, Incident.class);
    }
}
