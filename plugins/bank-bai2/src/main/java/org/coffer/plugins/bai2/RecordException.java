package org.coffer.plugins.bai2;

/**
 * A field of a record does not hold what BAI2 promises. Thrown by the field parsers, which do not know the line
 * they read; the reader adds the line and reports it as a problem.
 */
final class RecordException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Bai2ErrorCode code;
    private final String field;

    RecordException(Bai2ErrorCode code, String field, String message) {
        // Reported as data, never logged with a trace, so the trace is not filled in.
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    Bai2ErrorCode code() {
        return code;
    }

    /** The record and field, such as {@code 16 amount}. */
    String field() {
        return field;
    }
}
