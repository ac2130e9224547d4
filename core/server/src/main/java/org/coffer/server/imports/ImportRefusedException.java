package org.coffer.server.imports;

import java.util.List;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.plugin.api.Problem;
import org.coffer.server.CofferException;

/** A file was refused: nothing of it was stored. Carries every problem found, for the person to see at once. */
public final class ImportRefusedException extends CofferException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    ImportRefusedException(ErrorCode code, String message, List<Problem> problems) {
        super(code, message, problems.stream().map(Problem::toString).toList(), null);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
