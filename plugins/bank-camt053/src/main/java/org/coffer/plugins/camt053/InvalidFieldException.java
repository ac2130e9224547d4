package org.coffer.plugins.camt053;

/**
 * A value in an element that cannot be used. Thrown while turning the text read into typed values, and caught
 * where the element's location is known, which turns it into a problem for the sink.
 */
final class InvalidFieldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final Camt053ErrorCode code;

    InvalidFieldException(String field, Camt053ErrorCode code, String message) {
        super(message, null, false, false);
        this.field = field;
        this.code = code;
    }

    static InvalidFieldException missing(String field) {
        return new InvalidFieldException(field, Camt053ErrorCode.CAMT053_MISSING_FIELD, "<" + field + "> is missing");
    }

    String field() {
        return field;
    }

    Camt053ErrorCode code() {
        return code;
    }
}
