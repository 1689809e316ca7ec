package org.huiwu.logic.seating;

import java.util.List;

/** A seat plan was refused before anything was laid out or saved, with a problem and its arguments. */
public final class SeatPlanRejectedException extends RuntimeException {

    private final SeatPlanProblem problem;
    private final transient List<Object> arguments;

    public SeatPlanRejectedException(SeatPlanProblem problem, Object... arguments) {
        super(problem + " " + List.of(arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public SeatPlanProblem problem() {
        return problem;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
