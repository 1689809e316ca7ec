package org.huiwu.logic.incidents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Procedure;
import org.huiwu.model.incidents.ProcedureStep;
import org.huiwu.persistence.ProcedureDao;

/**
 * The handling procedures of the venue, as versioned data: the shipped defaults are stored as version 1
 * on first use, and a supervisor's edit stores the next version. Saved versions never change, so an
 * incident keeps the steps it was handled with. Each call is one transaction. Synchronous and
 * thread-safe; call it off the FX thread.
 */
public final class ProcedureBook {

    private final ProcedureDao procedures;
    private final ShippedProcedures shipped;
    private final Clock clock;

    public ProcedureBook(ProcedureDao procedures, ShippedProcedures shipped, Clock clock) {
        this.procedures = procedures;
        this.shipped = shipped;
        this.clock = clock;
    }

    /** Whether this laptop's login may edit the procedures (on a venue server only a supervisor may). */
    public boolean mayEdit() {
        return procedures.mayChange();
    }

    /** The newest version of the procedure for {@code type}. */
    public Procedure current(IncidentType type) {
        return currentAll().stream().filter(p -> p.type() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("no procedure for " + type));
    }

    /** The newest version of every procedure, one per incident type. */
    public List<Procedure> currentAll() {
        ensureShipped();
        return procedures.latest();
    }

    /** The version an incident names, steps as they were then. */
    public Procedure version(UUID procedureId, int version) {
        ensureShipped();
        return procedures.find(procedureId, version)
                .orElseThrow(() -> new IllegalStateException("no procedure " + procedureId + " v" + version));
    }

    /** Every version of the procedure for {@code type}, oldest first. */
    public List<Procedure> history(IncidentType type) {
        ensureShipped();
        return procedures.history(type);
    }

    /**
     * Stores a supervisor's edit as the next version. The steps are renumbered 1… in the given order;
     * a step written in one language only gets that text in both.
     *
     * @throws IncidentRejectedException when there are no steps or a text is too long
     */
    public Procedure edit(IncidentType type, List<ProcedureStep> steps, String relatedGuideId, String by) {
        List<ProcedureStep> numbered = new ArrayList<>();
        for (ProcedureStep step : steps) {
            String zh = step.zh().strip();
            String en = step.en().strip();
            if (zh.isEmpty() && en.isEmpty()) {
                continue;
            }
            IncidentRejectedException.checkLength(zh, IncidentProblem.MAX_REASON);
            IncidentRejectedException.checkLength(en, IncidentProblem.MAX_REASON);
            numbered.add(new ProcedureStep(numbered.size() + 1, zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en,
                    step.notifyRole()));
        }
        if (numbered.isEmpty()) {
            throw new IncidentRejectedException(IncidentProblem.PROCEDURE_EMPTY);
        }
        IncidentRejectedException.checkLength(by, IncidentProblem.MAX_NAME);
        Procedure current = current(type);
        Procedure next = new Procedure(current.id(), type, current.version() + 1, relatedGuideId, numbered,
                clock.instant(), by);
        procedures.insertAll(List.of(next));
        return next;
    }

    /** Stores the shipped procedures as version 1 when the database has none yet. */
    private void ensureShipped() {
        if (procedures.count() > 0) {
            return;
        }
        try {
            procedures.insertAll(shipped.load(clock.instant()));
        } catch (RuntimeException raced) {
            if (procedures.count() == 0) {
                throw raced;
            }
        }
    }
}
