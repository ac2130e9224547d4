package org.coffer.plugins.camt;

/**
 * A value in an element that cannot be used. Thrown while turning the text read into typed values, and caught
 * where the element's location is known, which turns it into a problem for the sink with the plugin's own code for
 * its {@link Fault} ({@link CamtCodes#of}).
 */
public final class InvalidFieldException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the field. */
    public enum Fault {
        /** A required element is absent. */
        MISSING_FIELD,
        /** An element holds a value its type does not allow: an amount, a date, a code. */
        BAD_VALUE,
        /** A batch entry's amount is not the sum of its transaction details. */
        BATCH_MISMATCH
    }

    private final String field;
    private final Fault fault;

    public InvalidFieldException(String field, Fault fault, String message) {
        super(message, null, false, false);
        this.field = field;
        this.fault = fault;
    }

    public static InvalidFieldException missing(String field) {
        return new InvalidFieldException(field, Fault.MISSING_FIELD, "<" + field + "> is missing");
    }

    public String field() {
        return field;
    }

    public Fault fault() {
        return fault;
    }
}
