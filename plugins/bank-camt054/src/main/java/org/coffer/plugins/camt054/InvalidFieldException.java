package org.coffer.plugins.camt054;

/**
 * A value in an element that cannot be used. Thrown while turning the text read into typed values, and caught
 * where the element's location is known, which turns it into a problem for the sink.
 */
final class InvalidFieldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final Camt054ErrorCode code;

    InvalidFieldException(String field, Camt054ErrorCode code, String message) {
        super(message, null, false, false);
        this.field = field;
        this.code = code;
    }

    static InvalidFieldException missing(String field) {
        return new InvalidFieldException(field, Camt054ErrorCode.CAMT054_MISSING_FIELD, "<" + field + "> is missing");
    }

    String field() {
        return field;
    }

    Camt054ErrorCode code() {
        return code;
    }
}
