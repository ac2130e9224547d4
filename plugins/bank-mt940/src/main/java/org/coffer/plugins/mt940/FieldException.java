package org.coffer.plugins.mt940;

/**
 * A field's value does not hold what MT940 promises. Thrown by the field parsers, which do not know the line they
 * read; the reader adds the line and reports it as a problem.
 */
final class FieldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Mt940ErrorCode code;
    private final String field;

    FieldException(Mt940ErrorCode code, String field, String message) {
        // Reported as data, never logged with a trace, so the trace is not filled in.
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    Mt940ErrorCode code() {
        return code;
    }

    /** The tag and subfield, such as {@code :61: amount}. */
    String field() {
        return field;
    }
}
