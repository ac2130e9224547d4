package org.coffer.server;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/**
 * An error the application reports to a person: a stable code with its category, a message that says what went
 * wrong and what to do, and optional details (for example every problem found in a file). The web edge turns it
 * into an HTTP answer and the command line into a message and a non-zero exit.
 */
public class CofferException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;
    private final List<String> details;

    public CofferException(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public CofferException(ErrorCode code, String message, List<String> details, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code is null");
        this.details = List.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorCategory category() {
        return code.category();
    }

    public List<String> details() {
        return details;
    }
}
