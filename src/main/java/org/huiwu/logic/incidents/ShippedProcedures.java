package org.huiwu.logic.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Procedure;
import org.huiwu.model.incidents.ProcedureStep;

/**
 * Reads the handling procedures shipped with the app ({@code procedures.json} beside this class, UTF-8):
 * one procedure per incident type, every step in Chinese and English. A broken resource is a build
 * error, so it fails loudly. Stateless; safe to share between threads.
 */
public final class ShippedProcedures {

    /** The resource holding the shipped procedures. */
    public static final String RESOURCE = "procedures.json";

    private record StepJson(String zh, String en, ContactRole notifyRole) { }

    private record ProcedureJson(IncidentType type, String guide, List<StepJson> steps) { }

    private record FileJson(List<ProcedureJson> procedures) { }

    /** The stable id of the procedure of {@code type}, the same on every laptop. */
    public static UUID idOf(IncidentType type) {
        return UUID.nameUUIDFromBytes(("huiwu/procedure/" + type.name()).getBytes(StandardCharsets.UTF_8));
    }

    /** The shipped procedures as version 1, one per incident type, stamped {@code savedAt}. */
    public List<Procedure> load(Instant savedAt) {
        FileJson file;
        try (InputStream in = ShippedProcedures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            // made here, not at construction, so building the app's objects at start-up loads no Jackson class
            ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            file = mapper.readValue(in, FileJson.class);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
        Map<IncidentType, Procedure> byType = new EnumMap<>(IncidentType.class);
        for (ProcedureJson p : file.procedures()) {
            List<ProcedureStep> steps = new ArrayList<>();
            for (StepJson s : p.steps()) {
                if (isBlank(s.zh()) || isBlank(s.en())) {
                    throw new IllegalStateException(RESOURCE + ": a step of " + p.type() + " lacks a language");
                }
                steps.add(new ProcedureStep(steps.size() + 1, s.zh(), s.en(), s.notifyRole()));
            }
            if (steps.isEmpty() || byType.put(p.type(), new Procedure(idOf(p.type()), p.type(), 1,
                    p.guide(), steps, savedAt, "")) != null) {
                throw new IllegalStateException(RESOURCE + ": " + p.type() + " is empty or given twice");
            }
        }
        if (byType.size() != IncidentType.values().length) {
            throw new IllegalStateException(RESOURCE + " lacks a procedure for some incident types");
        }
        return List.copyOf(byType.values());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
