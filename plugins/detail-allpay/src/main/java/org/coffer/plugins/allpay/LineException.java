package org.coffer.plugins.allpay;

/**
 * A line does not hold what the Allpay layout promises. Thrown by the line parsers, which do not know the line's
 * number; the reader adds it and reports it as a problem.
 */
final class LineException extends Exception {

    private static final long serialVersionUID = 1L;

    private final AllpayErrorCode code;
    private final String field;

    LineException(AllpayErrorCode code, String field, String message) {
        // Reported as data, never logged with a trace, so the trace is not filled in.
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    AllpayErrorCode code() {
        return code;
    }

    String field() {
        return field;
    }
}
