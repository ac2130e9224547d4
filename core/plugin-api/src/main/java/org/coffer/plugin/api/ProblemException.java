package org.coffer.plugin.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/** Stops the reading of a file because of one or more problems; nothing of the file is kept. */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public ProblemException(Problem problem) {
        this(List.of(requireNonNull(problem, "problem is null")));
    }

    public ProblemException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The category of the first problem, which decides how the application reports the whole. */
    public ErrorCategory category() {
        return problems.get(0).code().category();
    }

    private static String describe(List<Problem> problems) {
        requireNonNull(problems, "problems is null");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
