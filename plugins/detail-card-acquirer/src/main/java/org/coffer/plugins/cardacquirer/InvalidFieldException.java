package org.coffer.plugins.cardacquirer;

/**
 * A cell that cannot be used. Thrown while turning a row's text into typed values, and caught where the row's line
 * is known, which turns it into a problem for the sink.
 */
final class InvalidFieldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final CardAcquirerErrorCode code;

    InvalidFieldException(String field, CardAcquirerErrorCode code, String message) {
        super(message, null, false, false);
        this.field = field;
        this.code = code;
    }

    String field() {
        return field;
    }

    CardAcquirerErrorCode code() {
        return code;
    }
}
