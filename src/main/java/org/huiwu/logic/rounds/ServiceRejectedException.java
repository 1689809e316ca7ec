package org.huiwu.logic.rounds;

import java.util.List;

/** A tea-service plan or action was refused before anything was stored, with a problem and its arguments. */
public final class ServiceRejectedException extends RuntimeException {

    private final ServiceProblem problem;
    private final transient List<Object> arguments;

    public ServiceRejectedException(ServiceProblem problem, Object... arguments) {
        super(problem + " " + List.of(arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public ServiceProblem problem() {
        return problem;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
