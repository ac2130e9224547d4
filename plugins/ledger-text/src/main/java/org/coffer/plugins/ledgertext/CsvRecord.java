package org.coffer.plugins.ledgertext;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * One delimited record, written in one go. Text that a spreadsheet would take for a formula (starting {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) gets a leading apostrophe, since ledger files are often
 * checked in one before they are loaded; text holding the delimiter, a quote or a line break is quoted as RFC 4180
 * says.
 */
public final class CsvRecord {

    private final StringBuilder record = new StringBuilder(256);
    private final char delimiter;

    /** A record whose fields are separated by {@code delimiter}, such as a comma. */
    public CsvRecord(char delimiter) {
        if (delimiter == '"' || delimiter == '\'' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("'" + delimiter + "' cannot separate fields");
        }
        this.delimiter = delimiter;
    }

    /** A text field, guarded against formulas and quoted where it must be. */
    public CsvRecord text(String value) {
        String guarded = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = guarded.indexOf(delimiter) >= 0 || guarded.indexOf('"') >= 0 || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0;
        return field(quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded);
    }

    /** An amount in pounds with two decimals and a minus sign for credits, whatever the default locale. */
    public CsvRecord amount(long pence) {
        return field(BigDecimal.valueOf(pence, 2).toPlainString());
    }

    /** A field written as it is: a number, or text the layout already made safe. */
    public CsvRecord raw(String value) {
        return field(value);
    }

    public CsvRecord number(long value) {
        return field(Long.toString(value));
    }

    /** Ends the record with CRLF and writes it. */
    public void writeTo(Writer out) throws IOException {
        writeTo(out, "\r\n");
    }

    /** Ends the record with the layout's own line ending, such as LF, and writes it. */
    public void writeTo(Writer out, String lineEnding) throws IOException {
        record.append(lineEnding);
        out.append(record);
    }

    private CsvRecord field(String value) {
        if (!record.isEmpty()) {
            record.append(delimiter);
        }
        record.append(value);
        return this;
    }
}
