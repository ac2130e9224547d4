package org.coffer.plugins.bai2;

/**
 * One physical record as it stands in the file: its two-digit code, the text after {@code "NN,"}, the line it starts
 * on and how long it is, which decides how a continuation of its text is joined.
 *
 * @param code the record code, or empty for text that starts no record (a line at the start of the file)
 */
record RawRecord(String code, String body, long line, int length) {

    /** The standard BAI2 physical record length: a record this long was cut by its writer, not ended. */
    static final int FULL_LENGTH = 80;

    /** The record with a line that its writer wrapped onto the next line without a record code. */
    RawRecord appendWrapped(String more) {
        return new RawRecord(code, body + more, line, length + more.length());
    }

    boolean full() {
        return length >= FULL_LENGTH;
    }
}
