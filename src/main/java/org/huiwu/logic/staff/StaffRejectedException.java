package org.huiwu.logic.staff;

/** A staff action refused for the reason given, with the argument its message shows (may be empty). */
public final class StaffRejectedException extends RuntimeException {

    private final StaffProblem problem;
    private final String argument;

    public StaffRejectedException(StaffProblem problem, String argument) {
        super(problem.name() + (argument.isEmpty() ? "" : ": " + argument));
        this.problem = problem;
        this.argument = argument;
    }

    public StaffProblem problem() {
        return problem;
    }

    public String argument() {
        return argument;
    }
}
