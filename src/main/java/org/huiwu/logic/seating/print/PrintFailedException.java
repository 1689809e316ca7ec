package org.huiwu.logic.seating.print;

import java.util.List;

/** A seating printout was refused or could not be made, with a problem and its message arguments. */
public final class PrintFailedException extends RuntimeException {

    private final PrintProblem problem;
    private final transient List<Object> arguments;

    public PrintFailedException(PrintProblem problem, Object... arguments) {
        super(problem + " " + List.of(arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public PrintProblem problem() {
        return problem;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
