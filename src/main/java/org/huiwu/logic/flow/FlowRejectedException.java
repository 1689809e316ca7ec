package org.huiwu.logic.flow;

import java.util.List;

import org.huiwu.model.flow.Booking;

/**
 * A flow action was refused for the given problem; nothing was written. A refused double booking carries
 * the bookings it clashed with, so the screen can show them.
 */
public final class FlowRejectedException extends RuntimeException {

    private final FlowProblem problem;
    private final List<Booking> clashes;

    public FlowRejectedException(FlowProblem problem) {
        this(problem, List.of());
    }

    public FlowRejectedException(FlowProblem problem, List<Booking> clashes) {
        super(problem.name());
        this.problem = problem;
        this.clashes = List.copyOf(clashes);
    }

    public FlowProblem problem() {
        return problem;
    }

    /** The bookings a refused booking clashed with (empty for other problems). */
    public List<Booking> clashes() {
        return clashes;
    }

    /** The text stripped; refused when blank or too long. */
    static String requireText(String text, int max) {
        if (text == null || text.isBlank()) {
            throw new FlowRejectedException(FlowProblem.TEXT_MISSING);
        }
        return optionalText(text, max);
    }

    /** The text stripped (empty for null); refused when longer than {@code max}. */
    static String optionalText(String text, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > max) {
            throw new FlowRejectedException(FlowProblem.TEXT_TOO_LONG);
        }
        return stripped;
    }

    /** The attendant's name, refused when blank: every flow record says who made it. */
    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new FlowRejectedException(FlowProblem.NAME_MISSING);
        }
        return optionalText(name, FlowProblem.MAX_NAME);
    }
}
