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

    /**
     * The version this app writes and the newest it reads. Version 2 added {@code conflicts.json} and the
     * tables of checklists, surveys and complaints; version 3 signs the manifest ({@link #SIGNATURE}) and
     * stores attachments by their record's id, without their path. Versions 1 and 2 still verify, and merge
     * when the user allows an unsigned bundle.
     */
    public static final int FORMAT_VERSION = 3;
    /** The first version whose bundles are signed. */
    public static final int SIGNED_SINCE = 3;
    /** The entry that holds the Ed25519 signature (Base64) of the manifest's bytes; not listed in the manifest. */
    public static final String SIGNATURE = "manifest.sig";
    /** The oldest version this app reads. */
    public static final int OLDEST_VERSION = 1;
    public static final String MANIFEST = jsonFile("manifest");
    /** The folder in the zip that holds attachment files, by their path inside the data folder. */
    public static final String FILES = "files/";
    public static final String EXTENSION = ".huiwu";

    /**
     * The JSON files of a meeting and the tables each holds. A table missing from a document reads as empty
     * (an older bundle lacks the tables added since).
     */
    static final Map<String, List<String>> DOCUMENTS = Map.of(
            jsonFile("meeting"), List.of("meeting", "agenda_item", "attendee"),
            jsonFile("seating"), List.of("seat_plan", "seat_block", "seat_assignment", "seat_print_snapshot"),
            jsonFile("service"), List.of("service_plan", "service_block_interval", "service_zone", "service_zone_seat",
                    "service_event", "meeting_phase_event", "service_round", "consumables", "meeting_checklist",
                    "meeting_checklist_item", "checklist_mark", "meeting_staffing", "staff_assessment",
                    "staff_assessment_score",
                    "work_order", "meeting_flow", "stage_change", "stage_list", "stage_item", "stage_item_mark",
                    "patrol_round"),
            jsonFile("incidents"), List.of("procedure_version", "procedure_step", "incident", "incident_version",
                    "step_tick", "incident_notification", "incident_attachment", "left_item", "document_copy",
                    "document_recovery_close"),
            jsonFile("feedback"), List.of("survey_meeting_item", "survey_meeting_level", "survey_form", "survey_answer",
                    "complaint", "complaint_version"),
            jsonFile("conflicts"), List.of("merge_conflict"));

    /** The version that introduced each document added after version 1; a bundle before it lacks the document. */
    private static final Map<String, Integer> DOCUMENT_SINCE = Map.of(jsonFile("feedback"), 2, jsonFile("conflicts"), 2);

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private BundleFormat() {
    }

    /** Whether a bundle of the given format version must hold the document. */
    static boolean required(String document, int version) {
        return version >= DOCUMENT_SINCE.getOrDefault(document, OLDEST_VERSION);
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
        return hex(newSha256().digest(bytes));
    }

    /** Lower-case hex of a digest. */
    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** A fresh SHA-256 digest, for checksums computed while a file streams. */
    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
