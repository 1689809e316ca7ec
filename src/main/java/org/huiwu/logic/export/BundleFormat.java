package org.huiwu.logic.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The sealed bundle's layout (see {@code src/site/markdown/bundle-format.md}): the format version, which
 * JSON file holds which table, and the one JSON writer whose output is stable (keys sorted, two-space
 * indent, LF line ends), so that the same data always gives the same bytes. Stateless; thread-safe.
 */
public final class BundleFormat {

    /** The version this app writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    public static final String MANIFEST = jsonFile("manifest");
    /** The folder in the zip that holds attachment files, by their path inside the data folder. */
    public static final String FILES = "files/";
    public static final String EXTENSION = ".huiwu";

    /** The JSON files of a meeting and the tables each holds. */
    static final Map<String, List<String>> DOCUMENTS = Map.of(
            jsonFile("meeting"), List.of("meeting", "agenda_item", "attendee"),
            jsonFile("seating"), List.of("seat_plan", "seat_block", "seat_assignment", "seat_print_snapshot"),
            jsonFile("service"), List.of("service_plan", "service_block_interval", "service_zone", "service_zone_seat",
                    "service_event", "meeting_phase_event", "service_round", "consumables", "meeting_checklist",
                    "meeting_checklist_item", "checklist_mark"),
            jsonFile("incidents"), List.of("procedure_version", "procedure_step", "incident", "incident_version",
                    "step_tick", "incident_notification", "incident_attachment", "left_item", "document_copy",
                    "document_recovery_close"));

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private BundleFormat() {
    }

    private static String jsonFile(String name) {
        return name + ".json";
    }

    /** The stable JSON of a value, as UTF-8 bytes ending in a line feed. */
    static byte[] json(Object value) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ObjectWriter writer = MAPPER.writer(printer);
        try {
            return (writer.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Bundle values are plain JSON", e);
        }
    }

    /** The SHA-256 of the bytes, as lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
